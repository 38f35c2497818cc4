import { describeError } from '@sagewire/errors';
import { INVALID_CHUNKING_OPTIONS_CODE } from './chunk';
import { resolveChunkingConfig } from './chunking-config';

function failure(work: () => unknown): { code: string; message: string } {
  try {
    work();
  } catch (error) {
    return describeError(error);
  }
  return { code: 'none', message: '' };
}

describe('resolveChunkingConfig', () => {
  it('defaults to hierarchical 1500/300/60 (SPEC IN-13)', () => {
    expect(resolveChunkingConfig()).toEqual({ strategy: 'hierarchical', parentTokens: 1500, maxTokens: 300, overlapTokens: 60 });
  });

  it('rejects a parent smaller than a child, saying which variables to change', () => {
    const result = failure(() => resolveChunkingConfig({ parentTokens: 200, maxTokens: 300 }));
    expect(result.code).toBe(INVALID_CHUNKING_OPTIONS_CODE);
    expect(result.message).toContain('INGESTION_PARENT_CHUNK_TOKENS');
  });

  it('raises the default parent with a large child, and ignores parents for flat strategies', () => {
    expect(resolveChunkingConfig({ maxTokens: 2000, overlapTokens: 100 }).parentTokens).toBe(2000);
    expect(resolveChunkingConfig({ strategy: 'fixed-size', parentTokens: 10, maxTokens: 50 })).toMatchObject({ strategy: 'fixed-size', maxTokens: 50 });
  });
});
