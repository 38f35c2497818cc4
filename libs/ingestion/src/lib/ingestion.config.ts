import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_CHUNK_OVERLAP_TOKENS, DEFAULT_MAX_CHUNK_TOKENS, resolveChunkingOptions, type ChunkingOptions } from './domain/chunking/chunk';

/** Defaults are the chunker's (SPEC IN-13), so the embedded mode sets nothing. */
export const DEFAULT_INGESTION_MAX_CHUNK_TOKENS = DEFAULT_MAX_CHUNK_TOKENS;
export const DEFAULT_INGESTION_CHUNK_OVERLAP_TOKENS = DEFAULT_CHUNK_OVERLAP_TOKENS;

const ingestionConfigSchema = z.object({
  /** Largest chunk, in estimated tokens (SPEC IN-13). Default {@link DEFAULT_INGESTION_MAX_CHUNK_TOKENS}. */
  INGESTION_MAX_CHUNK_TOKENS: z.coerce.number().int().min(1).optional(),
  /**
   * Tokens repeated between consecutive chunks of a section. Default {@link DEFAULT_INGESTION_CHUNK_OVERLAP_TOKENS},
   * or a fifth of a smaller INGESTION_MAX_CHUNK_TOKENS, so setting only the maximum stays valid.
   */
  INGESTION_CHUNK_OVERLAP_TOKENS: z.coerce.number().int().min(0).optional(),
});

export interface IngestionConfig {
  readonly chunking: Required<ChunkingOptions>;
}

/** Injection token of the process-wide {@link IngestionConfig}. */
export const INGESTION_CONFIG = Symbol('ingestion-config');

/** Reads the chunk sizes once, at the composition root; an impossible pair stops the process. */
export function ingestionConfigFrom(env: Readonly<Record<string, string | undefined>>): IngestionConfig {
  const config = parseConfig(ingestionConfigSchema, env);
  return {
    chunking: resolveChunkingOptions({
      ...(config.INGESTION_MAX_CHUNK_TOKENS === undefined ? {} : { maxTokens: config.INGESTION_MAX_CHUNK_TOKENS }),
      ...(config.INGESTION_CHUNK_OVERLAP_TOKENS === undefined ? {} : { overlapTokens: config.INGESTION_CHUNK_OVERLAP_TOKENS }),
    }),
  };
}
