import type { Passage } from '../model-provider.port';
import { composeAnswer } from './compose-answer';

const passage = (documentId: string, section?: string): Passage => ({
  chunkId: `${documentId}-${section ?? 'x'}`,
  documentId,
  documentVersion: 2,
  text: '',
  score: 1,
  ...(section === undefined ? {} : { section }),
});

describe('composeAnswer', () => {
  it('quotes sentences after the lead-in with markers before the closing punctuation', () => {
    const answer = composeAnswer(
      'Here is what our help centre says:',
      [
        { text: 'Returns are free.', passage: passage('returns', 'Policy'), overlap: 1 },
        { text: 'Refunds take 5 days!', passage: passage('refunds'), overlap: 1 },
        { text: 'Use the label', passage: passage('returns', 'Policy'), overlap: 1 },
      ],
      { returns: 'Returns and refunds' },
    );
    expect(answer.text).toBe('Here is what our help centre says: Returns are free [1]. Refunds take 5 days [2]! Use the label [1]');
    expect(answer.citations).toEqual([
      { documentId: 'returns', documentVersion: 2, title: 'Returns and refunds', section: 'Policy' },
      { documentId: 'refunds', documentVersion: 2, title: 'refunds' },
    ]);
  });

  it('titles a citation by its section when no title is known', () => {
    const answer = composeAnswer('Lead:', [{ text: 'A.', passage: passage('doc-1', 'Shipping times'), overlap: 1 }]);
    expect(answer.citations[0]?.title).toBe('Shipping times');
  });
});
