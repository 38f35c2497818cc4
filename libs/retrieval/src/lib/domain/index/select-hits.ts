import { AppError } from '@sagewire/errors';
import type { IndexedChunk, SearchHit, SearchQuery } from './indexed-chunk';
import type { FusedCandidate } from './reciprocal-rank-fusion';

/** What the final cut needs to know of a fused candidate. */
export interface Deduplicable {
  /** Equal keys mean the same passage (see `duplicateKey`). */
  readonly duplicateKey: string;
}

export interface CandidateChunk extends Deduplicable {
  readonly chunk: IndexedChunk;
}

/** A candidate that made the cut, with its fused ranking. */
export type Selected<T> = { readonly candidate: T; readonly ranking: Omit<FusedCandidate, 'id'> };

/**
 * The final cut shared by every backend: best first, at most `topK`, fused scores below
 * `minScore` dropped, and near-duplicates (the same passage in two articles) kept once, since
 * a second copy would only waste the answer's context.
 */
export function selectCandidates<T extends Deduplicable>(
  fused: readonly FusedCandidate[],
  lookup: (id: string) => T | undefined,
  topK: number,
  minScore: number | undefined,
): Selected<T>[] {
  const seen = new Set<string>();
  const selected: Selected<T>[] = [];
  for (const { id, ...ranking } of fused) {
    if (selected.length === topK) break;
    const candidate = lookup(id);
    if (!candidate || (minScore !== undefined && ranking.score < minScore) || seen.has(candidate.duplicateKey)) continue;
    seen.add(candidate.duplicateKey);
    selected.push({ candidate, ranking });
  }
  return selected;
}

/** {@link selectCandidates} for candidates that already hold their chunk. */
export function selectHits(
  fused: readonly FusedCandidate[],
  lookup: (id: string) => CandidateChunk | undefined,
  topK: number,
  minScore: number | undefined,
): SearchHit[] {
  return selectCandidates(fused, lookup, topK, minScore).map(({ candidate, ranking }) => ({ chunk: candidate.chunk, ...ranking }));
}

/** @throws AppError `RETRIEVAL.INVALID_QUERY` for a topK that is not a positive whole number. */
export function assertValidQuery(query: SearchQuery): void {
  if (Number.isInteger(query.topK) && query.topK >= 1) return;
  throw new AppError('RETRIEVAL.INVALID_QUERY', `topK must be a positive whole number; got ${query.topK}.`);
}
