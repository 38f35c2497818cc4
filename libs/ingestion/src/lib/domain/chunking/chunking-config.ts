import { AppError } from '@sagewire/errors';
import { INVALID_CHUNKING_OPTIONS_CODE, resolveChunkingOptions, type ChunkingOptions } from './chunk';
import { DEFAULT_PARENT_CHUNK_TOKENS } from './hierarchical-chunker';

/**
 * `hierarchical` (the default, SPEC IN-13/IN-14) adds parents for context; `heading-aware`
 * keeps sentences whole without parents; `fixed-size` is the token-window baseline.
 */
export const CHUNKING_STRATEGIES = ['hierarchical', 'heading-aware', 'fixed-size'] as const;
export type ChunkingStrategy = (typeof CHUNKING_STRATEGIES)[number];
export const DEFAULT_CHUNKING_STRATEGY: ChunkingStrategy = 'hierarchical';

/** A strategy with all its limits resolved, as configuration provides it. */
export interface ChunkingConfig extends Required<ChunkingOptions> {
  readonly strategy: ChunkingStrategy;
  /** Largest parent; used by `hierarchical` only. */
  readonly parentTokens: number;
}

/**
 * Applies defaults and checks the limits together.
 * @throws AppError `INGESTION.INVALID_CHUNKING_OPTIONS` (see {@link resolveChunkingOptions}), or
 *   when a hierarchical parent is smaller than a child, which could never contain it.
 */
export function resolveChunkingConfig(input: ChunkingOptions & { strategy?: ChunkingStrategy; parentTokens?: number } = {}): ChunkingConfig {
  const { maxTokens, overlapTokens } = resolveChunkingOptions(input);
  const strategy = input.strategy ?? DEFAULT_CHUNKING_STRATEGY;
  const parentTokens = input.parentTokens ?? Math.max(DEFAULT_PARENT_CHUNK_TOKENS, maxTokens);
  if (strategy === 'hierarchical' && (!Number.isInteger(parentTokens) || parentTokens < maxTokens)) {
    throw new AppError(
      INVALID_CHUNKING_OPTIONS_CODE,
      `Hierarchical chunking needs parents at least as large as children: parentTokens=${parentTokens} is below maxTokens=${maxTokens}. ` +
        'Raise INGESTION_PARENT_CHUNK_TOKENS or lower INGESTION_MAX_CHUNK_TOKENS.',
      { retriable: false, details: { parentTokens, maxTokens } },
    );
  }
  return { strategy, maxTokens, overlapTokens, parentTokens };
}
