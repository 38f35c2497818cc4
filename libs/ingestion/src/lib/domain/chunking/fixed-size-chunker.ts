import type { ParsedSection } from '../parsing/parsed-document';
import { resolveChunkingOptions, sectionFields, type Chunk, type ChunkingOptions } from './chunk';
import { tokenSpans } from './token-estimate';

/**
 * The baseline strategy (SPEC IN-08/IN-09): windows of exactly `maxTokens` tokens advancing by
 * `maxTokens - overlapTokens`, cut wherever the count falls, even mid-sentence. It still works
 * per section, so chunks keep a single heading trail; use {@link chunkByHeadings} to keep sentences whole.
 */
export function chunkFixedSize(sections: readonly ParsedSection[], options?: ChunkingOptions): Chunk[] {
  const { maxTokens, overlapTokens } = resolveChunkingOptions(options);
  const step = maxTokens - overlapTokens;
  const chunks: Chunk[] = [];
  for (const section of sections) {
    const fields = sectionFields(section);
    const spans = tokenSpans(section.text);
    for (let start = 0; start < spans.length; start += step) {
      const end = Math.min(start + maxTokens, spans.length);
      const text = section.text.slice(spans[start]!.start, spans[end - 1]!.end);
      chunks.push({ index: chunks.length, ...fields, text, tokenCount: end - start });
      if (end === spans.length) break;
    }
  }
  return chunks;
}
