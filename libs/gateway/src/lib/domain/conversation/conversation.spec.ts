import { assistantMessage, type AssistantRecord } from './assistant-message';
import { cannedReply, replyLanguage } from './canned-replies';

const empty: AssistantRecord = { screenedAnswer: null, citations: null, retracted: false, replacementText: null, cannedText: null, outcome: null };
const citation = { documentId: 'doc-1', documentVersion: 1, title: 'Returns' };

describe('canned replies', () => {
  it('picks the first given language, Spanish or else English', () => {
    expect(replyLanguage(undefined, 'es-MX', 'en')).toBe('es');
    expect(replyLanguage(null, '', 'de')).toBe('en');
    expect(replyLanguage()).toBe('en');
  });

  it('has a reply for every outcome but answered', () => {
    expect(cannedReply('escalated', 'en')).toBe("I've passed your question to a member of our team; they will reply here.");
    expect(cannedReply('blocked', 'es')).toContain('equipo');
    expect(cannedReply('answered', 'en')).toBeUndefined();
  });
});

describe('assistantMessage', () => {
  it('shows nothing until something displayable arrived', () => {
    expect(assistantMessage({ ...empty, citations: [citation] })).toBeUndefined();
  });

  it('shows the screened answer with its citations and outcome', () => {
    expect(assistantMessage({ ...empty, screenedAnswer: 'Within 30 days.', citations: [citation], outcome: 'answered' })).toEqual({
      text: 'Within 30 days.', citations: [citation], outcome: 'answered',
    });
  });

  it('never shows a retracted answer: the replacement, else the canned reply', () => {
    const retracted = { ...empty, screenedAnswer: 'bad', citations: [citation], retracted: true };
    expect(assistantMessage({ ...retracted, replacementText: 'Safe reply.' })).toEqual({ text: 'Safe reply.' });
    expect(assistantMessage({ ...retracted, cannedText: 'Passed on.', outcome: 'escalated' })).toEqual({ text: 'Passed on.', outcome: 'escalated' });
    expect(assistantMessage(retracted)).toBeUndefined();
  });

  it('shows the canned reply when the query ended without an answer', () => {
    expect(assistantMessage({ ...empty, cannedText: 'Passed on.', outcome: 'escalated' })).toEqual({ text: 'Passed on.', outcome: 'escalated' });
  });
});
