import type { SearchHit } from '../index/indexed-chunk';
import type { Reranker } from './reranker.port';

/**
 * Re-orders the first stage's hits by the re-ranker's scores (ties keep the first stage's order)
 * and keeps `topK`. Hits keep their fused `score`: downstream reads it as the first stage's
 * confidence, on a scale the re-ranker does not share.
 */
export async function rerankHits(reranker: Reranker, query: string, hits: readonly SearchHit[], topK: number): Promise<SearchHit[]> {
  if (hits.length <= 1) return hits.slice(0, topK);
  const scores = await reranker.score(query, hits.map((hit) => hit.chunk.text));
  return hits
    .map((hit, position) => ({ hit, position, score: scores[position] ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, topK)
    .map(({ hit }) => hit);
}
