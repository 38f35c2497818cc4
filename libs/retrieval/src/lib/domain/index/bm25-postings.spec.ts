import { Bm25Postings } from './bm25-postings';

const PARAMS = { k1: 1.2, b: 0.75 };
const scoresOf = (postings: Bm25Postings, terms: string[], accept?: (id: string) => boolean): Record<string, number> =>
  Object.fromEntries(postings.score(terms, PARAMS, accept).map(({ id, score }) => [id, score]));

describe('Bm25Postings', () => {
  it('computes Lucene-style BM25', () => {
    const index = new Bm25Postings();
    index.add('a', ['refund', 'card', 'refund']);
    index.add('b', ['password', 'reset']);
    // N = 2, df = 1, average length 2.5, tf 2, length 3.
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const tf = (2 * 2.2) / (2 + 1.2 * (1 - 0.75 + (0.75 * 3) / 2.5));
    const scores = scoresOf(index, ['refund']);
    expect(Object.keys(scores)).toEqual(['a']);
    expect(scores['a']).toBeCloseTo(idf * tf, 12);
  });

  it('ranks rarer terms and shorter chunks higher, counting a repeated query term once', () => {
    const index = new Bm25Postings();
    index.add('short', ['refund', 'policy']);
    index.add('long', ['refund', 'policy', 'details', 'about', 'many', 'other', 'things']);
    index.add('common', ['policy']);
    const scores = scoresOf(index, ['refund', 'policy']);
    expect(scores['short']!).toBeGreaterThan(scores['long']!);
    expect(scores['long']!).toBeGreaterThan(scores['common']!);
    expect(scoresOf(index, ['refund', 'refund', 'policy'])).toEqual(scores);
  });

  it('skips rejected chunks and forgets removed or replaced ones, reusing their slots', () => {
    const index = new Bm25Postings();
    index.add('a', ['refund']);
    index.add('b', ['refund']);
    expect(Object.keys(scoresOf(index, ['refund'], (id) => id !== 'a'))).toEqual(['b']);
    index.remove('b');
    index.add('a', ['password']);
    index.add('c', ['card']);
    expect(scoresOf(index, ['refund'])).toEqual({});
    expect(Object.keys(scoresOf(index, ['card', 'password'])).sort()).toEqual(['a', 'c']);
    expect(index.size).toBe(2);
  });
});
