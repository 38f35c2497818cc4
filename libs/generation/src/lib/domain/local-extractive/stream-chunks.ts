/**
 * Words for streaming: a run of non-space characters, or one CJK character, because Chinese
 * and Japanese put no spaces between words. Each carries the whitespace before it.
 */
const PIECE = /\s*(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/gu;

/**
 * Cuts text into streaming chunks of `wordsPerChunk` words (CJK characters count as words),
 * so the chunks concatenate back to exactly the text.
 */
export function streamChunks(text: string, wordsPerChunk: number): string[] {
  const pieces = text.match(PIECE) ?? [];
  // At least one word per chunk, or the loop would never advance.
  const size = Math.max(1, Math.floor(wordsPerChunk));
  const chunks: string[] = [];
  for (let i = 0; i < pieces.length; i += size) chunks.push(pieces.slice(i, i + size).join(''));
  return chunks;
}
