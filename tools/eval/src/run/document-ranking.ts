import type { SearchHit } from '@sagewire/retrieval';
import type { ScoredDocument } from '../metrics/ranking-metrics';

/**
 * Judgements are per document, hits per chunk: a document ranks by its best chunk's score.
 * The metrics sort by score themselves and treat equal scores as ties, so the backend's own
 * order among equal scores does not matter.
 */
export function documentRanking(hits: readonly SearchHit[]): ScoredDocument[] {
  const best = new Map<string, number>();
  for (const { chunk, score } of hits) best.set(chunk.documentId, Math.max(score, best.get(chunk.documentId) ?? -Infinity));
  return [...best].map(([id, score]) => ({ id, score }));
}
