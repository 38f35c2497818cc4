import { parseMarkdown } from '../parsing/markdown-parser';
import type { ParsedSection } from '../parsing/parsed-document';
import { INVALID_CHUNKING_OPTIONS_CODE } from './chunk';
import { chunkByHeadings } from './heading-aware-chunker';
import { estimateTokens } from './token-estimate';

/** Sentence n is "Sentence n is about topic n and nothing else." — 10 tokens, easy to recognise. */
const sentences = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => `Sentence ${from + i} is about topic ${from + i} and nothing else.`).join(' ');

describe('chunkByHeadings', () => {
  it('labels chunks with the heading trail and never merges sections', async () => {
    const doc = await parseMarkdown('# Billing\n\nShort one.\n\n## Refunds\n\nShort two.\n\nShort three.');
    const chunks = chunkByHeadings(doc.sections);
    expect(chunks).toEqual([
      { index: 0, section: 'Billing', text: 'Short one.', tokenCount: 3 },
      { index: 1, section: 'Billing > Refunds', text: 'Short two.\n\nShort three.', tokenCount: 6 },
    ]);
  });

  it('respects the maximum, overlaps by whole sentences and keeps sentences whole', async () => {
    const section: ParsedSection = { path: ['FAQ'], text: sentences(1, 40) };
    const chunks = chunkByHeadings([section], { maxTokens: 50, overlapTokens: 20 });

    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBeLessThanOrEqual(50);
      expect(chunk.tokenCount).toBe(estimateTokens(chunk.text));
      expect(chunk.text).toMatch(/^Sentence \d+ .* nothing else\.$/);
    }
    // 5 sentences fit in 50 tokens; the last 2 (20 tokens) are repeated in the next chunk.
    expect(chunks[0]!.text).toBe(sentences(1, 5));
    expect(chunks[1]!.text).toBe(sentences(4, 8));
    expect(chunks[chunks.length - 1]!.text).toContain('Sentence 40 ');
  });

  it('covers every sentence of the section', async () => {
    const chunks = chunkByHeadings([{ path: [], text: sentences(1, 30) }], { maxTokens: 35, overlapTokens: 0 });
    const joined = chunks.map((chunk) => chunk.text).join(' ');
    expect(joined).toBe(sentences(1, 30));
    expect(chunks[0]!.section).toBeUndefined();
  });

  it('cuts a sentence longer than the chunk, carrying the overlap across the cut', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
    const chunks = chunkByHeadings([{ path: ['Long'], text: words.join(' ') }], { maxTokens: 50, overlapTokens: 10 });
    expect(chunks.map((chunk) => chunk.tokenCount)).toEqual([40, 50, 50]);
    expect(chunks[1]!.text.startsWith('w30 w31')).toBe(true); // the last 10 tokens of chunk 0
    expect(chunks[2]!.text.endsWith('w119')).toBe(true);
  });

  it('uses 300 tokens with a 60-token overlap by default', async () => {
    const chunks = chunkByHeadings([{ path: [], text: sentences(1, 100) }]);
    expect(Math.max(...chunks.map((chunk) => chunk.tokenCount))).toBe(300);
    expect(chunks[1]!.text.startsWith('Sentence 25 ')).toBe(true); // sentences 25–30 = 60 tokens of overlap
  });

  it('rejects an overlap as large as the chunk', async () => {
    expect(() => chunkByHeadings([], { maxTokens: 10, overlapTokens: 10 })).toThrow(
      expect.objectContaining({ code: INVALID_CHUNKING_OPTIONS_CODE, retriable: false }),
    );
  });
});
