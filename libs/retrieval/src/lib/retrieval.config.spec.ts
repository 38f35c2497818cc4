import { describeError } from '@sagewire/errors';
import { retrievalConfigFrom } from './retrieval.config';

describe('retrievalConfigFrom', () => {
  it('needs no variable', () => {
    expect(retrievalConfigFrom({})).toEqual({
      reconcileIntervalMs: 5_000, backend: 'embedded', indexName: 'embedded', weights: { bm25: 1, vector: 1 }, cache: { entries: 5_000, ttlMs: 900_000 },
    });
  });

  it('reads both settings and names a bad one', () => {
    expect(retrievalConfigFrom({ RETRIEVAL_INDEX_RECONCILE_MS: '250' })).toMatchObject({ reconcileIntervalMs: 250 });
    let message = '';
    try {
      retrievalConfigFrom({ RETRIEVAL_INDEX_RECONCILE_MS: '0' });
    } catch (error) {
      message = describeError(error).message;
    }
    expect(message).toContain('RETRIEVAL_INDEX_RECONCILE_MS');
  });

  it('chooses OpenSearch only with a URL to reach it', () => {
    expect(retrievalConfigFrom({ RETRIEVAL_BACKEND: 'opensearch', OPENSEARCH_URL: 'http://127.0.0.1:19200', RETRIEVAL_VECTOR_WEIGHT: '0.5' })).toMatchObject({
      backend: 'opensearch', indexName: 'sagewire-chunks', openSearch: { url: 'http://127.0.0.1:19200', indexPrefix: 'sagewire' }, weights: { bm25: 1, vector: 0.5 },
    });
    expect(() => retrievalConfigFrom({ RETRIEVAL_BACKEND: 'opensearch' })).toThrow(/OPENSEARCH_URL/);
    expect(() => retrievalConfigFrom({ RETRIEVAL_BM25_WEIGHT: '0', RETRIEVAL_VECTOR_WEIGHT: '0' })).toThrow(/cannot both be 0/);
  });
});
