import { describeError } from '@sagewire/errors';
import { ingestionConfigFrom } from './ingestion.config';

function failure(work: () => unknown): { code: string; message: string } {
  try {
    work();
  } catch (error) {
    return describeError(error);
  }
  return { code: 'none', message: '' };
}

describe('ingestionConfigFrom', () => {
  it('needs no variable: hierarchical chunks of 1500/300 tokens overlapping by 60 (SPEC IN-13), uploads up to 25 MiB', () => {
    expect(ingestionConfigFrom({})).toEqual({
      chunking: { strategy: 'hierarchical', parentTokens: 1500, maxTokens: 300, overlapTokens: 60 },
      maxDocumentBytes: 25 * 1024 * 1024,
    });
  });

  it('reads every variable', () => {
    const config = ingestionConfigFrom({
      INGESTION_CHUNKING_STRATEGY: 'fixed-size',
      INGESTION_PARENT_CHUNK_TOKENS: '1000',
      INGESTION_MAX_CHUNK_TOKENS: '512',
      INGESTION_CHUNK_OVERLAP_TOKENS: '50',
      INGESTION_MAX_DOCUMENT_BYTES: '1048576',
    });
    expect(config).toEqual({ chunking: { strategy: 'fixed-size', parentTokens: 1000, maxTokens: 512, overlapTokens: 50 }, maxDocumentBytes: 1048576 });
  });

  it('scales the default overlap down with a small maximum', () => {
    expect(ingestionConfigFrom({ INGESTION_MAX_CHUNK_TOKENS: '100' }).chunking).toMatchObject({ maxTokens: 100, overlapTokens: 20 });
  });

  it('stops the process on a malformed or impossible setting, naming it', () => {
    expect(failure(() => ingestionConfigFrom({ INGESTION_MAX_CHUNK_TOKENS: 'lots' })).code).toBe('CONFIG.INVALID');
    expect(failure(() => ingestionConfigFrom({ INGESTION_CHUNKING_STRATEGY: 'semantic' })).message).toContain('INGESTION_CHUNKING_STRATEGY');
    expect(failure(() => ingestionConfigFrom({ INGESTION_MAX_DOCUMENT_BYTES: '0' })).message).toContain('INGESTION_MAX_DOCUMENT_BYTES');
    expect(failure(() => ingestionConfigFrom({ INGESTION_MAX_CHUNK_TOKENS: '50', INGESTION_CHUNK_OVERLAP_TOKENS: '50' })).code).toBe('INGESTION.INVALID_CHUNKING_OPTIONS');
    expect(failure(() => ingestionConfigFrom({ INGESTION_PARENT_CHUNK_TOKENS: '200' })).code).toBe('INGESTION.INVALID_CHUNKING_OPTIONS');
  });
});
