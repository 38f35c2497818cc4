import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { EmbeddingModel } from '../../domain/embedding/embedding-model.port';
import { LocalEmbeddingModel } from '../../domain/embedding/local-embedding';
import { BedrockTitanEmbeddingModel } from './bedrock/bedrock-titan-embedding.adapter';
import { CachingEmbeddingModel } from './cache/caching-embedding-model';
import type { EmbeddingCacheStore } from './cache/embedding-cache.port';
import type { EmbeddingConfig } from './embedding.config';
import { OpenAiCompatibleEmbeddingModel } from './openai/openai-compatible-embedding.adapter';

/**
 * The process's embedding model. Remote models get the cache in front when it is on (the
 * LRU alone without a store); the local model computes faster than any lookup, so it never
 * does. Bedrock credentials come from the SDK's default chain (environment, profile, role).
 */
export function createEmbeddingModel(config: EmbeddingConfig, cacheStore?: EmbeddingCacheStore): EmbeddingModel {
  if (config.provider === 'local') return new LocalEmbeddingModel(config.dimensions);
  const remote = createRemoteModel(config);
  return config.cache ? new CachingEmbeddingModel(remote, cacheStore) : remote;
}

/** The two uses of one model: chunks (cached in the store, they repeat across versions) and questions. */
export interface EmbeddingModels {
  readonly documents: EmbeddingModel;
  /** Only an in-process LRU in front: questions are not worth a database row each. */
  readonly queries: EmbeddingModel;
}

export function createEmbeddingModels(config: EmbeddingConfig, cacheStore?: EmbeddingCacheStore): EmbeddingModels {
  if (config.provider === 'local') {
    const local = new LocalEmbeddingModel(config.dimensions);
    return { documents: local, queries: local };
  }
  const remote = createRemoteModel(config);
  if (!config.cache) return { documents: remote, queries: remote };
  return { documents: new CachingEmbeddingModel(remote, cacheStore), queries: new CachingEmbeddingModel(remote, undefined) };
}

function createRemoteModel(config: Exclude<EmbeddingConfig, { provider: 'local' }>): EmbeddingModel {
  return config.provider === 'bedrock'
    ? new BedrockTitanEmbeddingModel({
      client: new BedrockRuntimeClient({ region: config.region, maxAttempts: config.maxAttempts, ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }) }),
      dimensions: config.dimensions, timeoutMs: config.timeoutMs, concurrency: config.concurrency,
    })
    : new OpenAiCompatibleEmbeddingModel({
      baseUrl: config.baseUrl, model: config.model, dimensions: config.dimensions, requestDimensions: config.requestDimensions,
      batchSize: config.batchSize, timeoutMs: config.timeoutMs, ...(config.apiKey === undefined ? {} : { apiKey: config.apiKey }),
    });
}
