import { StreamedAnswer, sentencesOf } from './streamed-answer';

/** Cuts text as the generation service streams it: words with their leading whitespace, `size` per chunk. */
const chunksOf = (text: string, size: number): string[] => {
  const words = text.match(/\s*\S+/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += size) chunks.push(words.slice(i, i + size).join(''));
  return chunks;
};

const ANSWER = 'Here is what our help centre says: It costs 3.5 dollars [1]. See No. 5 in the list, e.g. the tent [2]. Thanks for asking';

describe('StreamedAnswer', () => {
  it('numbers the sentences from chunks exactly as from the whole answer, whatever the chunk size', () => {
    const whole = sentencesOf(ANSWER);
    expect(whole).toHaveLength(3);
    for (const size of [1, 2, 3, 7]) {
      const answer = new StreamedAnswer();
      chunksOf(ANSWER, size).forEach((chunk, i) => answer.add(i, chunk));
      // The last sentence has no terminator: only the whole answer can close it.
      expect(answer.sentences).toEqual(whole.slice(0, 2));
    }
  });

  it.each([
    'He said "stop." Then?! Yes... ok',
    '您的订单已发货。预计三天内送达！还有问题吗？',
    'Steps to follow\n\n1. Open the app. 2. Tap refund',
    'We ship in the U.S. and Canada. Mr. Smith helps. The answer is no. Then we refund.',
  ])('agrees with the whole answer when fed one character at a time: %p', (text) => {
    const answer = new StreamedAnswer();
    [...text].forEach((char, i) => answer.add(i, char));
    const whole = sentencesOf(text);
    expect(answer.sentences).toEqual(whole.slice(0, answer.sentences.length));
    expect(answer.sentences.length).toBeGreaterThanOrEqual(whole.length - 1);
  });

  it('takes each sequence once and waits for a missing one', () => {
    const [c0, c1, c2, c3] = chunksOf('One sentence here. Two sentences here. Three', 3);
    const answer = new StreamedAnswer();
    expect(answer.add(0, c0!)).toBe(true);
    expect(answer.add(0, c0!)).toBe(false);
    expect(answer.add(2, c2!)).toBe(true);
    expect(answer.add(3, c3!)).toBe(true);
    expect(answer.sentences).toEqual([]);
    expect(answer.add(1, c1!)).toBe(true);
    expect(answer.sentences).toEqual(['One sentence here.', 'Two sentences here.']);
    expect(answer.add(2, c2!)).toBe(false);
  });

  it('splits a whole answer into every sentence, the unterminated last one included', () => {
    expect(sentencesOf('A first one. And the rest')).toEqual(['A first one.', 'And the rest']);
    expect(sentencesOf('   ')).toEqual([]);
  });
});
