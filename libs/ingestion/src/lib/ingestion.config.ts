import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_CHUNK_OVERLAP_TOKENS, DEFAULT_MAX_CHUNK_TOKENS } from './domain/chunking/chunk';
import { CHUNKING_STRATEGIES, DEFAULT_CHUNKING_STRATEGY, resolveChunkingConfig, type ChunkingConfig } from './domain/chunking/chunking-config';
import { DEFAULT_PARENT_CHUNK_TOKENS } from './domain/chunking/hierarchical-chunker';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './domain/inspection/upload-check';

/** Defaults are the domain's (SPEC IN-13: parent 1500, child 300, overlap 60), so the embedded mode sets nothing. */
export const DEFAULT_INGESTION_CHUNKING_STRATEGY = DEFAULT_CHUNKING_STRATEGY;
export const DEFAULT_INGESTION_PARENT_CHUNK_TOKENS = DEFAULT_PARENT_CHUNK_TOKENS;
export const DEFAULT_INGESTION_MAX_CHUNK_TOKENS = DEFAULT_MAX_CHUNK_TOKENS;
export const DEFAULT_INGESTION_CHUNK_OVERLAP_TOKENS = DEFAULT_CHUNK_OVERLAP_TOKENS;
export const DEFAULT_INGESTION_MAX_DOCUMENT_BYTES = DEFAULT_MAX_DOCUMENT_BYTES;

const ingestionConfigSchema = z.object({
  /** `hierarchical`, `heading-aware` or `fixed-size`. Default {@link DEFAULT_INGESTION_CHUNKING_STRATEGY}. */
  INGESTION_CHUNKING_STRATEGY: z.enum(CHUNKING_STRATEGIES).optional(),
  /** Largest parent chunk (hierarchical only), in estimated tokens. Default {@link DEFAULT_INGESTION_PARENT_CHUNK_TOKENS}. */
  INGESTION_PARENT_CHUNK_TOKENS: z.coerce.number().int().min(1).optional(),
  /** Largest (child) chunk, in estimated tokens. Default {@link DEFAULT_INGESTION_MAX_CHUNK_TOKENS}. */
  INGESTION_MAX_CHUNK_TOKENS: z.coerce.number().int().min(1).optional(),
  /**
   * Tokens repeated between consecutive chunks of a section. Default {@link DEFAULT_INGESTION_CHUNK_OVERLAP_TOKENS},
   * or a fifth of a smaller INGESTION_MAX_CHUNK_TOKENS, so setting only the maximum stays valid.
   */
  INGESTION_CHUNK_OVERLAP_TOKENS: z.coerce.number().int().min(0).optional(),
  /** Largest upload ingestion parses, in bytes. Default {@link DEFAULT_INGESTION_MAX_DOCUMENT_BYTES} (25 MiB). */
  INGESTION_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1).optional(),
});

export interface IngestionConfig {
  readonly chunking: ChunkingConfig;
  readonly maxDocumentBytes: number;
}

/** Injection token of the process-wide {@link IngestionConfig}. */
export const INGESTION_CONFIG = Symbol('ingestion-config');

/** Reads chunking and size limits once, at the composition root; an impossible combination stops the process. */
export function ingestionConfigFrom(env: Readonly<Record<string, string | undefined>>): IngestionConfig {
  const config = parseConfig(ingestionConfigSchema, env);
  return {
    chunking: resolveChunkingConfig({
      ...(config.INGESTION_CHUNKING_STRATEGY === undefined ? {} : { strategy: config.INGESTION_CHUNKING_STRATEGY }),
      ...(config.INGESTION_PARENT_CHUNK_TOKENS === undefined ? {} : { parentTokens: config.INGESTION_PARENT_CHUNK_TOKENS }),
      ...(config.INGESTION_MAX_CHUNK_TOKENS === undefined ? {} : { maxTokens: config.INGESTION_MAX_CHUNK_TOKENS }),
      ...(config.INGESTION_CHUNK_OVERLAP_TOKENS === undefined ? {} : { overlapTokens: config.INGESTION_CHUNK_OVERLAP_TOKENS }),
    }),
    maxDocumentBytes: config.INGESTION_MAX_DOCUMENT_BYTES ?? DEFAULT_INGESTION_MAX_DOCUMENT_BYTES,
  };
}
