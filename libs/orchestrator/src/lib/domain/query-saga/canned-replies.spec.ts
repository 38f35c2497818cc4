import { cannedReply } from './canned-replies';

describe('cannedReply', () => {
  it('answers in the primary language of the tag', () => {
    expect(cannedReply('es-MX')).toBe(cannedReply('es'));
    expect(cannedReply('es')).toContain('Lo siento');
    expect(cannedReply('EN')).toContain("I'm sorry");
  });

  it('falls back to English for an unknown or missing language', () => {
    expect(cannedReply('tlh')).toBe(cannedReply('en'));
    expect(cannedReply(undefined)).toBe(cannedReply('en'));
    expect(cannedReply('constructor')).toBe(cannedReply('en'));
  });
});
