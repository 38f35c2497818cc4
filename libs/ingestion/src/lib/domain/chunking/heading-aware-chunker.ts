import type { ParsedSection } from '../parsing/parsed-document';
import { resolveChunkingOptions, sectionFields, type Chunk, type ChunkingOptions } from './chunk';
import { splitIntoUnits, type TextUnit } from './text-units';
import { estimateTokens, tokenSpans } from './token-estimate';

/**
 * Packs whole sentences into chunks of at most `maxTokens`, one section at a time, so a chunk
 * never mixes text from two sections and always carries one heading trail. Consecutive chunks
 * of a section share up to `overlapTokens` of whole trailing sentences; only a sentence longer
 * than the overlap (or than the chunk) is cut mid-way, because that cannot be avoided.
 */
export function chunkByHeadings(sections: readonly ParsedSection[], options?: ChunkingOptions): Chunk[] {
  const { maxTokens, overlapTokens } = resolveChunkingOptions(options);
  const chunks: Chunk[] = [];
  for (const section of sections) {
    const fields = sectionFields(section);
    // Oversized sentences are pre-cut to leave room for the overlap carried in front of each piece.
    const units = splitIntoUnits(section.text).flatMap((unit) =>
      unit.tokens > maxTokens ? cutUnit(unit, maxTokens - overlapTokens) : [unit],
    );
    let current: TextUnit[] = [];
    let tokens = 0;
    let hasNewText = false;
    const emit = (): void => {
      const text = current.map((unit, i) => (i === 0 ? '' : unit.separator) + unit.text).join('');
      chunks.push({ index: chunks.length, ...fields, text, tokenCount: estimateTokens(text) });
    };
    for (const unit of units) {
      if (hasNewText && tokens + unit.tokens > maxTokens) {
        emit();
        current = overlapTail(current, overlapTokens);
        tokens = sum(current);
        hasNewText = false;
        while (current.length > 0 && tokens + unit.tokens > maxTokens) tokens -= current.shift()!.tokens;
      }
      current.push(unit);
      tokens += unit.tokens;
      hasNewText = true;
    }
    // A remainder that is only overlap would repeat the previous chunk's tail and add nothing.
    if (hasNewText) emit();
  }
  return chunks;
}

/** Trailing whole units within the overlap budget; else the last `overlap` tokens of the last unit. */
function overlapTail(units: readonly TextUnit[], overlap: number): TextUnit[] {
  const tail: TextUnit[] = [];
  let tokens = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (tokens + unit.tokens > overlap) break;
    tail.unshift(unit);
    tokens += unit.tokens;
  }
  const last = units[units.length - 1];
  if (tail.length > 0 || last === undefined || overlap === 0) return tail;
  const spans = tokenSpans(last.text);
  const text = last.text.slice(spans[spans.length - overlap]!.start);
  return [{ text, tokens: overlap, separator: ' ' }];
}

/** Cuts one unit at token boundaries into pieces of at most `size` tokens. */
function cutUnit(unit: TextUnit, size: number): TextUnit[] {
  const spans = tokenSpans(unit.text);
  const pieces: TextUnit[] = [];
  for (let start = 0; start < spans.length; start += size) {
    const end = Math.min(start + size, spans.length);
    const text = unit.text.slice(spans[start]!.start, spans[end - 1]!.end);
    pieces.push({ text, tokens: end - start, separator: start === 0 ? unit.separator : ' ' });
  }
  return pieces;
}

function sum(units: readonly TextUnit[]): number {
  return units.reduce((total, unit) => total + unit.tokens, 0);
}
