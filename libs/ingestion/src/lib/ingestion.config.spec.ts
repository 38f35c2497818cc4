import { describeError } from '@sagewire/errors';
import { ingestionConfigFrom } from './ingestion.config';

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return describeError(error).code;
  }
  return 'none';
}

describe('ingestionConfigFrom', () => {
  it('needs no variable: chunks of 300 tokens overlapping by 60 (SPEC IN-13)', () => {
    expect(ingestionConfigFrom({}).chunking).toEqual({ maxTokens: 300, overlapTokens: 60 });
  });

  it('scales the default overlap down with a small maximum', () => {
    expect(ingestionConfigFrom({ INGESTION_MAX_CHUNK_TOKENS: '100' }).chunking).toEqual({ maxTokens: 100, overlapTokens: 20 });
  });

  it('stops the process on a malformed or impossible setting', () => {
    expect(codeOf(() => ingestionConfigFrom({ INGESTION_MAX_CHUNK_TOKENS: 'lots' }))).toBe('CONFIG.INVALID');
    expect(codeOf(() => ingestionConfigFrom({ INGESTION_MAX_CHUNK_TOKENS: '50', INGESTION_CHUNK_OVERLAP_TOKENS: '50' }))).toBe('INGESTION.INVALID_CHUNKING_OPTIONS');
  });
});
