import { AppError } from '@sagewire/errors';
import type { IndexedChunk, SearchHit, SearchQuery } from './indexed-chunk';
import type { FusedCandidate } from './reciprocal-rank-fusion';

/** What the final cut needs to know of a fused candidate. */
export interface CandidateChunk {
  readonly chunk: IndexedChunk;
  /** Equal keys mean the same passage (see `duplicateKey`). */
  readonly duplicateKey: string;
}

/**
 * The final cut shared by every backend: best first, at most `topK`, fused scores below
 * `minScore` dropped, and near-duplicates (the same passage in two articles) kept once, since
 * a second copy would only waste the answer's context.
 */
export function selectHits(
  fused: readonly FusedCandidate[],
  lookup: (id: string) => CandidateChunk | undefined,
  topK: number,
  minScore: number | undefined,
): SearchHit[] {
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const { id, ...ranking } of fused) {
    if (hits.length === topK) break;
    const candidate = lookup(id);
    if (!candidate || (minScore !== undefined && ranking.score < minScore) || seen.has(candidate.duplicateKey)) continue;
    seen.add(candidate.duplicateKey);
    hits.push({ chunk: candidate.chunk, ...ranking });
  }
  return hits;
}

/** @throws AppError `RETRIEVAL.INVALID_QUERY` for a topK that is not a positive whole number. */
export function assertValidQuery(query: SearchQuery): void {
  if (Number.isInteger(query.topK) && query.topK >= 1) return;
  throw new AppError('RETRIEVAL.INVALID_QUERY', `topK must be a positive whole number; got ${query.topK}.`);
}
