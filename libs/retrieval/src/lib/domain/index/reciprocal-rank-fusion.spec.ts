import { fuseByReciprocalRank } from './reciprocal-rank-fusion';

const list = (...ids: string[]): { id: string; score: number }[] => ids.map((id, i) => ({ id, score: 1 - i / 10 }));

describe('fuseByReciprocalRank', () => {
  it('sums weight / (k + rank) over both lists', () => {
    const fused = fuseByReciprocalRank(list('a', 'b'), list('b', 'c'), 60, { bm25: 1, vector: 1 });
    expect(fused.map((candidate) => candidate.id)).toEqual(['b', 'a', 'c']);
    expect(fused[0]).toEqual({ id: 'b', score: 1 / 62 + 1 / 61, bm25Rank: 2, vectorRank: 1, vectorSimilarity: 1 });
    expect(fused[1]).toEqual({ id: 'a', score: 1 / 61, bm25Rank: 1 });
  });

  it('lets weights favour one list and breaks ties towards BM25', () => {
    expect(fuseByReciprocalRank(list('a'), list('v'), 60, { bm25: 1, vector: 2 })[0]!.id).toBe('v');
    expect(fuseByReciprocalRank(list('z'), list('a'), 60, { bm25: 1, vector: 1 }).map((c) => c.id)).toEqual(['z', 'a']);
  });
});
