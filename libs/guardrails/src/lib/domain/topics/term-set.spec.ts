import { TermSet } from './term-set';
import { topicText } from './topic-text';

describe('TermSet', () => {
  const set = new TermSet(['sue', 'legal advice', 'poursuivre * en justice', '起诉', '怎么看 * 总统', 'Légal']);

  it('counts distinct entries of every kind', () => {
    expect(set.count(topicText('Legal advice: can I sue, is it légal?'))).toBe(3);
    expect(set.count(topicText('Puis-je poursuivre la société en justice ?'))).toBe(1);
    expect(set.count(topicText('我能起诉吗？你怎么看现在的总统？'))).toBe(2);
  });

  it('stops counting at the maximum, and finds nothing in unrelated text', () => {
    expect(set.count(topicText('Legal advice: can I sue, is it legal?'), 2)).toBe(2);
    expect(set.has(topicText('Where is my parcel?'))).toBe(false);
  });
});
