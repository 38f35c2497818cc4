import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_LOCAL_EMBEDDING_DIMENSIONS } from './domain/embedding/local-embedding';

/** The local model's own default, so the embedded mode sets nothing. */
export const DEFAULT_RETRIEVAL_EMBEDDING_DIMENSIONS = DEFAULT_LOCAL_EMBEDDING_DIMENSIONS;
/**
 * How often each process compares its index with the database. Activations reach the index at
 * once through `DocumentVersionActivated`; this catches those a replica could not have seen,
 * such as one committed while the replica was starting (its per-instance group starts at the end).
 */
export const DEFAULT_RETRIEVAL_INDEX_RECONCILE_MS = 5_000;

const retrievalConfigSchema = z.object({
  /** Vector length of the local embedding model; changing it leaves stored vectors unused until re-indexed. */
  RETRIEVAL_EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(4096).default(DEFAULT_RETRIEVAL_EMBEDDING_DIMENSIONS),
  RETRIEVAL_INDEX_RECONCILE_MS: z.coerce.number().int().min(50).max(3_600_000).default(DEFAULT_RETRIEVAL_INDEX_RECONCILE_MS),
});

export interface RetrievalConfig {
  readonly embeddingDimensions: number;
  readonly reconcileIntervalMs: number;
}

/** Injection tokens of the process-wide config and embedding model. */
export const RETRIEVAL_CONFIG = Symbol('retrieval-config');
export const EMBEDDING_MODEL = Symbol('embedding-model');

/** Reads the retrieval settings once, at the composition root; a bad value stops the process. */
export function retrievalConfigFrom(env: Readonly<Record<string, string | undefined>>): RetrievalConfig {
  const config = parseConfig(retrievalConfigSchema, env);
  return { embeddingDimensions: config.RETRIEVAL_EMBEDDING_DIMENSIONS, reconcileIntervalMs: config.RETRIEVAL_INDEX_RECONCILE_MS };
}
