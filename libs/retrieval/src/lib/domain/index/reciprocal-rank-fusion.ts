import type { FusionWeights } from './indexed-chunk';
import type { Scored } from './top-k';

/** One chunk's fused score and where it stood in each list. */
export interface FusedCandidate {
  id: string;
  score: number;
  bm25Rank?: number;
  vectorRank?: number;
  vectorSimilarity?: number;
}

/**
 * Weighted reciprocal rank fusion: `Σ weight / (k + rank)` over the lists a chunk appears in
 * (SPEC RT-03). Ranks, not raw scores, are fused because BM25 scores are unbounded and cosine
 * similarities are not, so neither scale can swamp the other. Best first; ties go to the better
 * BM25 rank (an exact term match is the safer bet), then to the id for determinism.
 */
export function fuseByReciprocalRank(bm25: readonly Scored[], vector: readonly Scored[], k: number, weights: FusionWeights): FusedCandidate[] {
  const fused = new Map<string, FusedCandidate>();
  const candidate = (id: string): FusedCandidate => {
    let entry = fused.get(id);
    if (!entry) fused.set(id, (entry = { id, score: 0 }));
    return entry;
  };
  bm25.forEach(({ id }, index) => {
    const entry = candidate(id);
    entry.score += weights.bm25 / (k + index + 1);
    entry.bm25Rank = index + 1;
  });
  vector.forEach(({ id, score }, index) => {
    const entry = candidate(id);
    entry.score += weights.vector / (k + index + 1);
    entry.vectorRank = index + 1;
    entry.vectorSimilarity = score;
  });
  return [...fused.values()].sort(
    (x, y) => y.score - x.score || (x.bm25Rank ?? Infinity) - (y.bm25Rank ?? Infinity) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
}
