import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import type { FusionWeights } from './domain/index/indexed-chunk';
import type { SearchBackendKind } from './domain/search/search-backend.port';
import { chunkAliasName } from './infrastructure/opensearch/chunk-index-layout';

/**
 * How often each process compares its index with the database. Activations reach the index at
 * once through `DocumentVersionActivated`; this catches those a replica could not have seen,
 * such as one committed while the replica was starting (its per-instance group starts at the end).
 */
export const DEFAULT_RETRIEVAL_INDEX_RECONCILE_MS = 5_000;

const retrievalConfigSchema = z
  .object({
    RETRIEVAL_INDEX_RECONCILE_MS: z.coerce.number().int().min(50).max(3_600_000).default(DEFAULT_RETRIEVAL_INDEX_RECONCILE_MS),
    /** `embedded`: each replica searches its own in-memory index; `opensearch`: all share a cluster. */
    RETRIEVAL_BACKEND: z.enum(['embedded', 'opensearch']).default('embedded'),
    OPENSEARCH_URL: z.string().url().optional(),
    /** One prefix per deployment sharing a cluster: the alias, template and indices are named from it. */
    RETRIEVAL_OPENSEARCH_INDEX_PREFIX: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,60}$/, 'lower-case letters, digits, - and _').default('sagewire'),
    /** How much each ranked list counts in reciprocal rank fusion (SPEC RT-03/RT-04). */
    RETRIEVAL_BM25_WEIGHT: z.coerce.number().min(0).max(10).default(1),
    RETRIEVAL_VECTOR_WEIGHT: z.coerce.number().min(0).max(10).default(1),
    /** Retrieval results kept per process, keyed by the knowledge-base version (SPEC RT-28: 15 min). 0 turns the cache off. */
    RETRIEVAL_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(5_000),
    RETRIEVAL_CACHE_TTL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(15 * 60_000),
  })
  .refine((c) => c.RETRIEVAL_BACKEND !== 'opensearch' || c.OPENSEARCH_URL !== undefined, {
    message: 'RETRIEVAL_BACKEND=opensearch needs OPENSEARCH_URL (e.g. http://127.0.0.1:19200)',
    path: ['OPENSEARCH_URL'],
  })
  .refine((c) => c.RETRIEVAL_BM25_WEIGHT + c.RETRIEVAL_VECTOR_WEIGHT > 0, {
    message: 'RETRIEVAL_BM25_WEIGHT and RETRIEVAL_VECTOR_WEIGHT cannot both be 0',
    path: ['RETRIEVAL_BM25_WEIGHT'],
  });

export interface RetrievalConfig {
  readonly reconcileIntervalMs: number;
  readonly backend: SearchBackendKind;
  /** What `DocumentIndexed.indexName` reports: the OpenSearch alias, or `embedded`. */
  readonly indexName: string;
  readonly openSearch?: { readonly url: string; readonly indexPrefix: string };
  readonly weights: FusionWeights;
  readonly cache: { readonly entries: number; readonly ttlMs: number };
}

/**
 * Injection tokens of the process-wide config and embedding models (see `embedding.config.ts`
 * for the model settings): chunks and questions share one model, but only chunks' vectors are
 * worth caching in the database.
 */
export const RETRIEVAL_CONFIG = Symbol('retrieval-config');
export const EMBEDDING_MODEL = Symbol('embedding-model');
export const QUERY_EMBEDDING_MODEL = Symbol('query-embedding-model');

/** Reads the retrieval settings once, at the composition root; a bad value stops the process. */
export function retrievalConfigFrom(env: Readonly<Record<string, string | undefined>>): RetrievalConfig {
  const config = parseConfig(retrievalConfigSchema, env);
  return {
    reconcileIntervalMs: config.RETRIEVAL_INDEX_RECONCILE_MS,
    backend: config.RETRIEVAL_BACKEND,
    indexName: config.RETRIEVAL_BACKEND === 'opensearch' ? chunkAliasName(config.RETRIEVAL_OPENSEARCH_INDEX_PREFIX) : 'embedded',
    ...(config.RETRIEVAL_BACKEND === 'opensearch' && config.OPENSEARCH_URL
      ? { openSearch: { url: config.OPENSEARCH_URL, indexPrefix: config.RETRIEVAL_OPENSEARCH_INDEX_PREFIX } }
      : {}),
    weights: { bm25: config.RETRIEVAL_BM25_WEIGHT, vector: config.RETRIEVAL_VECTOR_WEIGHT },
    cache: { entries: config.RETRIEVAL_CACHE_ENTRIES, ttlMs: config.RETRIEVAL_CACHE_TTL_MS },
  };
}
