import { TermSet } from './term-set';
import { stem, topicText } from './topic-text';

describe('stem', () => {
  it.each([
    ['elections', 'election'],
    ['investing', 'investment'],
    ['abogados', 'abogada'],
    ['Klage', 'klagen'],
    ['lawyers', 'lawyer'],
  ])('gives %p and %p the same stem', (a, b) => {
    expect(stem(topicText(a).sequence.trim())).toBe(stem(topicText(b).sequence.trim()));
  });

  it('keeps short words whole', () => {
    expect(stem('sued')).toBe('sued');
  });
});

describe('topicText', () => {
  it('leaves function words and asking verbs out of the evidence, and cuts French elision and the English possessive', () => {
    const text = topicText("Should I ask the competitor's lawyer d'abord?");
    expect([...text.stems].sort()).toEqual(['abord', 'ask', 'competitor', 'lawy']);
  });

  it('reads Chinese as character pairs without grammatical characters', () => {
    expect([...topicText('我可以起诉房东吗').stems]).toEqual(expect.arrayContaining(['起诉', '房东']));
    expect([...topicText('我可以起诉房东吗').stems]).not.toContain('可以');
  });
});

describe('terms and phrases', () => {
  const text = topicText('Puis-je poursuivre la compagnie aérienne en justice ?');

  it('matches a word, a word sequence and a phrase with a gap of a few words', () => {
    expect(new TermSet(['justice']).has(text)).toBe(true);
    expect(new TermSet(['en justice']).has(text)).toBe(true);
    expect(new TermSet(['poursuivre * en justice']).has(text)).toBe(true);
    expect(new TermSet(['poursuivre en justice']).has(text)).toBe(false);
  });

  it('matches whole words only, and Chinese as a substring', () => {
    expect(new TermSet(['stocks']).has(topicText('Is it in stock?'))).toBe(false);
    expect(new TermSet(['起诉']).has(topicText('能不能起诉他们'))).toBe(true);
    expect(new TermSet(['怎么看 * 总统']).has(topicText('怎么看现在的总统'))).toBe(true);
  });
});
