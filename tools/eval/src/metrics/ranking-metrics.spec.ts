import { ndcgAt, reciprocalRankAt, recallAt, type ScoredDocument } from './ranking-metrics';

const run = (...entries: [string, number][]): ScoredDocument[] => entries.map(([id, score]) => ({ id, score }));
const judged = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('ranking metrics without ties', () => {
  // b (grade 1) at rank 2, d (grade 2) at rank 4; e (grade 1) never retrieved; x judged not relevant.
  const ranking = run(['a', 0.9], ['b', 0.8], ['c', 0.7], ['d', 0.6]);
  const judgements = judged({ b: 1, d: 2, e: 1, x: 0 });

  it('recall counts relevant documents found within k over all relevant ones', () => {
    expect(recallAt(ranking, judgements, 1)).toBe(0);
    expect(recallAt(ranking, judgements, 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(ranking, judgements, 10)).toBeCloseTo(2 / 3, 12);
  });

  it('reciprocal rank is 1/rank of the first relevant document, 0 beyond k', () => {
    expect(reciprocalRankAt(ranking, judgements, 10)).toBe(0.5);
    expect(reciprocalRankAt(ranking, judgements, 1)).toBe(0);
  });

  it('nDCG uses the grades as gains and the log2 discount, against the ideal order of every judged grade', () => {
    const dcg = 1 / Math.log2(3) + 2 / Math.log2(5);
    const idcg = 2 / Math.log2(2) + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAt(ranking, judgements, 10)).toBeCloseTo(dcg / idcg, 12);
    expect(ndcgAt(ranking, judgements, 1)).toBe(0);
  });

  it('a perfect ranking scores 1 everywhere', () => {
    const perfect = run(['d', 3], ['b', 2], ['e', 1]);
    expect(recallAt(perfect, judgements, 3)).toBe(1);
    expect(reciprocalRankAt(perfect, judgements, 10)).toBe(1);
    expect(ndcgAt(perfect, judgements, 10)).toBeCloseTo(1, 12);
  });

  it('sorts by score itself and counts a document listed twice once, at its better score', () => {
    expect(reciprocalRankAt(run(['b', 0.2], ['a', 0.9], ['a', 0.3]), judged({ b: 1 }), 10)).toBe(0.5);
  });
});

describe('ranking metrics with ties: the expected value over every order of the tied documents', () => {
  // a, b and c tie for ranks 1-3; only c is relevant.
  const ranking = run(['a', 0.5], ['b', 0.5], ['c', 0.5], ['d', 0.1]);
  const judgements = judged({ c: 1 });

  it('reciprocal rank averages 1, 1/2 and 1/3', () => {
    expect(reciprocalRankAt(ranking, judgements, 10)).toBeCloseTo((1 + 1 / 2 + 1 / 3) / 3, 12);
    // With k = 2 the order putting c third contributes 0.
    expect(reciprocalRankAt(ranking, judgements, 2)).toBeCloseTo((1 + 1 / 2) / 3, 12);
  });

  it('recall counts the share of orders that put the relevant document within k', () => {
    expect(recallAt(ranking, judgements, 1)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(ranking, judgements, 2)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(ranking, judgements, 3)).toBe(1);
  });

  it('nDCG gives each tied position the mean gain of its group', () => {
    expect(ndcgAt(ranking, judgements, 10)).toBeCloseTo((1 + 1 / Math.log2(3) + 1 / 2) / 3, 12);
  });

  it('two relevant documents in a group of three: the first relevant is first in 2 of 3 orders', () => {
    expect(reciprocalRankAt(run(['a', 1], ['b', 1], ['c', 1]), judged({ a: 1, b: 1 }), 10)).toBeCloseTo(2 / 3 + (1 / 3) * (1 / 2), 12);
  });

  it('a tie below the first relevant document does not change its reciprocal rank', () => {
    expect(reciprocalRankAt(run(['r', 0.9], ['a', 0.5], ['b', 0.5]), judged({ r: 1 }), 10)).toBe(1);
  });
});

describe('missing judgements', () => {
  it('an unjudged retrieved document is not relevant', () => {
    expect(reciprocalRankAt(run(['unjudged', 0.9], ['r', 0.8]), judged({ r: 1 }), 10)).toBe(0.5);
  });

  it('a query with no relevant judgement has no recall or nDCG (NaN, to be left out) and a reciprocal rank of 0', () => {
    const ranking = run(['a', 0.9]);
    const judgements = judged({ a: 0 });
    expect(recallAt(ranking, judgements, 10)).toBeNaN();
    expect(ndcgAt(ranking, judgements, 10)).toBeNaN();
    expect(reciprocalRankAt(ranking, judgements, 10)).toBe(0);
  });

  it('an empty run scores 0', () => {
    expect(recallAt([], judged({ a: 1 }), 10)).toBe(0);
    expect(ndcgAt([], judged({ a: 1 }), 10)).toBe(0);
  });
});
