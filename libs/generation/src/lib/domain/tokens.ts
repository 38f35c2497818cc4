/**
 * Approximate token counting, for budgets and cost estimates when a provider reports no
 * usage (the local answerer) or before a call is made. The rule of thumb is ~4 characters per
 * token for Latin-script text (SPEC GN-42); CJK characters are counted one token each, since
 * tokenizers rarely merge them. Real tokenizers differ by model by ±20%: never bill from this.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CHARS_PER_TOKEN = 4;

/** Approximate number of tokens in `text` (0 for empty text). */
export function approximateTokens(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk + Math.ceil((text.length - cjk) / CHARS_PER_TOKEN);
}

/**
 * The longest prefix of `text`, cut after a whole word, whose approximate count fits
 * `maxTokens`. Text that already fits is returned as is.
 */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (approximateTokens(text) <= maxTokens) return text;
  let kept = '';
  for (const piece of text.match(/\s*\S+/g) ?? []) {
    if (approximateTokens(kept + piece) > maxTokens) break;
    kept += piece;
  }
  return kept;
}
