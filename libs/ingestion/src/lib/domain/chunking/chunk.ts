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
  /** Index of the {@link ParentChunk} holding this chunk (hierarchical strategy only). */
  parentIndex?: number;
  /** 1-based page on which the chunk's section starts, for formats with pages. */
  page?: number;
}

/**
 * A larger stretch of a document that contains whole child chunks: retrieval matches the
 * precise child and hands the model its parent for context (SPEC IN-13).
 */
export interface ParentChunk {
  /** 0-based, gap-free across the document. */
  index: number;
  /** The heading trail all its text shares, joined with ` > `; absent when it spans top-level sections. */
  section?: string;
  /** Every child's text appears verbatim in it; headings of sections inside it are kept as lines. */
  text: string;
  tokenCount: number;
  page?: number;
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

/** The optional `section` and `page` fields a chunk inherits from its section, absent when unknown. */
export function sectionFields(section: { path: readonly string[]; page?: number }): Pick<Chunk, 'section' | 'page'> {
  const label = sectionLabel(section.path);
  return { ...(label === undefined ? {} : { section: label }), ...(section.page === undefined ? {} : { page: section.page }) };
}
