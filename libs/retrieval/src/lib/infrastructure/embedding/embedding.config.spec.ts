import { describeError } from '@sagewire/errors';
import { CachingEmbeddingModel } from './cache/caching-embedding-model';
import { createEmbeddingModel } from './create-embedding-model';
import { embeddingConfigFrom } from './embedding.config';

const messageOf = (env: Record<string, string>): string => {
  try {
    embeddingConfigFrom(env);
  } catch (error) {
    return describeError(error).message;
  }
  return '';
};

describe('embeddingConfigFrom and createEmbeddingModel', () => {
  it('needs no variable: the local model, uncached', () => {
    const config = embeddingConfigFrom({});
    expect(config).toEqual({ provider: 'local', dimensions: 384, cache: true });
    expect(createEmbeddingModel(config).id).toBe('local-hashing-v1-384');
  });

  it('builds Titan v2 behind the cache, and names bad Bedrock settings', () => {
    const config = embeddingConfigFrom({ RETRIEVAL_EMBEDDING_PROVIDER: 'bedrock', RETRIEVAL_EMBEDDING_DIMENSIONS: '512', BEDROCK_ENDPOINT: 'http://127.0.0.1:4588' });
    expect(config).toMatchObject({ provider: 'bedrock', dimensions: 512, region: 'us-east-1', endpoint: 'http://127.0.0.1:4588', maxAttempts: 3, timeoutMs: 30_000 });
    const model = createEmbeddingModel(config);
    expect(model).toBeInstanceOf(CachingEmbeddingModel);
    expect(model.id).toBe('bedrock:amazon.titan-embed-text-v2:0:512');
    expect(createEmbeddingModel(embeddingConfigFrom({ RETRIEVAL_EMBEDDING_PROVIDER: 'bedrock', RETRIEVAL_EMBEDDING_CACHE: 'off' }))).not.toBeInstanceOf(CachingEmbeddingModel);
    expect(messageOf({ RETRIEVAL_EMBEDDING_PROVIDER: 'bedrock', RETRIEVAL_EMBEDDING_DIMENSIONS: '384' })).toContain('RETRIEVAL_EMBEDDING_DIMENSIONS');
    expect(messageOf({ RETRIEVAL_EMBEDDING_PROVIDER: 'bedrock', RETRIEVAL_EMBEDDING_MODEL: 'cohere.embed-english-v3' })).toContain('RETRIEVAL_EMBEDDING_MODEL');
    expect(messageOf({ RETRIEVAL_EMBEDDING_PROVIDER: 'vertex' })).toContain('RETRIEVAL_EMBEDDING_PROVIDER');
  });

  it('builds an OpenAI-compatible model and never echoes the key', () => {
    const key = 'sk-secret-abcdefghijkl';
    const native = embeddingConfigFrom({ RETRIEVAL_EMBEDDING_PROVIDER: 'openai', OPENAI_EMBEDDINGS_BASE_URL: 'https://api.openai.com', OPENAI_EMBEDDINGS_API_KEY: key });
    expect(native).toMatchObject({ model: 'text-embedding-3-small', dimensions: 1536, requestDimensions: false, batchSize: 64, apiKey: key });
    expect(createEmbeddingModel(native).id).toBe('openai-compatible:text-embedding-3-small:1536');
    const custom = embeddingConfigFrom({ RETRIEVAL_EMBEDDING_PROVIDER: 'openai', OPENAI_EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434', RETRIEVAL_EMBEDDING_MODEL: 'bge-m3', RETRIEVAL_EMBEDDING_DIMENSIONS: '1024' });
    expect(custom).toMatchObject({ dimensions: 1024, requestDimensions: true, apiKey: undefined });
    const missing = messageOf({ RETRIEVAL_EMBEDDING_PROVIDER: 'openai', RETRIEVAL_EMBEDDING_MODEL: 'bge-m3', OPENAI_EMBEDDINGS_API_KEY: key });
    expect(missing).toContain('OPENAI_EMBEDDINGS_BASE_URL');
    expect(missing).toContain('RETRIEVAL_EMBEDDING_DIMENSIONS');
    expect(missing).not.toContain(key);
  });
});
