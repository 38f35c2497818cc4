import { describeError } from '@sagewire/errors';
import { retrievalConfigFrom } from './retrieval.config';

describe('retrievalConfigFrom', () => {
  it('needs no variable', () => {
    expect(retrievalConfigFrom({})).toEqual({ embeddingDimensions: 384, reconcileIntervalMs: 5_000 });
  });

  it('reads both settings and names a bad one', () => {
    expect(retrievalConfigFrom({ RETRIEVAL_EMBEDDING_DIMENSIONS: '256', RETRIEVAL_INDEX_RECONCILE_MS: '250' })).toEqual({ embeddingDimensions: 256, reconcileIntervalMs: 250 });
    let message = '';
    try {
      retrievalConfigFrom({ RETRIEVAL_INDEX_RECONCILE_MS: '0' });
    } catch (error) {
      message = describeError(error).message;
    }
    expect(message).toContain('RETRIEVAL_INDEX_RECONCILE_MS');
  });
});
