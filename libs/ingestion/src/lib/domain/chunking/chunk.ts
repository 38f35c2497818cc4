import { AppError } from '@sagewire/errors';

/** A retrievable piece of one section of a document. */
export interface Chunk {
  /** Position in the document, 0-based and gap-free across sections. */
  index: number;
  /** The section's heading trail joined with ` > `; absent for text before any heading. */
  section?: string;
  text: string;
  /** {@link estimateTokens} of `text`; never above the chunker's `maxTokens`. */
  tokenCount: number;
}

/** Size limits for chunkers; both counts use the token estimate of `estimateTokens`. */
export interface ChunkingOptions {
  maxTokens?: number;
  /**
   * Tokens repeated from the end of one chunk at the start of the next chunk of the same section.
   * Defaults to 60 or a fifth of `maxTokens`, whichever is smaller, so a small `maxTokens` alone is valid.
   */
  overlapTokens?: number;
}

/** Child-chunk size of the hierarchical strategy the requirements settle on (SPEC IN-13). */
export const DEFAULT_MAX_CHUNK_TOKENS = 300;
/** Overlap paired with {@link DEFAULT_MAX_CHUNK_TOKENS} in the same requirement (IN-13). */
export const DEFAULT_CHUNK_OVERLAP_TOKENS = 60;
/** Error code for impossible chunking limits: a configuration mistake, so not retriable. */
export const INVALID_CHUNKING_OPTIONS_CODE = 'INGESTION.INVALID_CHUNKING_OPTIONS';

/**
 * Applies defaults and checks the limits.
 * @throws AppError `INGESTION.INVALID_CHUNKING_OPTIONS` unless `maxTokens` is a positive integer
 *   and `overlapTokens` an integer in `[0, maxTokens)` (an overlap as large as the chunk would never advance).
 */
export function resolveChunkingOptions(options: ChunkingOptions = {}): Required<ChunkingOptions> {
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_CHUNK_TOKENS;
  const overlapTokens = options.overlapTokens ?? Math.min(DEFAULT_CHUNK_OVERLAP_TOKENS, Math.floor(maxTokens / 5));
  const valid =
    Number.isInteger(maxTokens) && maxTokens > 0 && Number.isInteger(overlapTokens) && overlapTokens >= 0 && overlapTokens < maxTokens;
  if (!valid) {
    throw new AppError(
      INVALID_CHUNKING_OPTIONS_CODE,
      `Chunking needs a positive whole maxTokens and an overlapTokens from 0 to maxTokens - 1; ` +
        `got maxTokens=${maxTokens}, overlapTokens=${overlapTokens}.`,
      { retriable: false, details: { maxTokens, overlapTokens } },
    );
  }
  return { maxTokens, overlapTokens };
}

/** The heading trail as a single label, or undefined when there is no heading. */
export function sectionLabel(path: readonly string[]): string | undefined {
  return path.length > 0 ? path.join(' > ') : undefined;
}
