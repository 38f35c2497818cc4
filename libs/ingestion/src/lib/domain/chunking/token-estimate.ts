/** Scripts written without spaces between words: every character counts as one token. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
/** A CJK character, a word (inner apostrophes included: "don't", "l'app"), or one punctuation mark. */
const TOKEN = new RegExp(String.raw`[${CJK}]|${WORD_CHAR}+(?:['\u2019]${WORD_CHAR}+)*|[^\s\p{L}\p{N}\p{M}]`, 'gu');

/** Where one estimated token sits in a string, as UTF-16 offsets `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
}

/**
 * Estimates tokens as words + punctuation marks + CJK characters, with no model vocabulary.
 *
 * Why an approximation is enough: chunk limits only need to be roughly right and the same on
 * every run. Subword tokenizers (Titan, Claude, GPT) split long or rare words into several
 * pieces, so for English they produce about 1.3 tokens per word: this estimate runs low by
 * that much. Callers that must fit a hard model limit should leave that headroom; the default
 * chunk size (300) is far below any embedding model's input limit.
 */
export function estimateTokens(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(TOKEN)) count++;
  return count;
}

/** The spans {@link estimateTokens} counts, so text can be cut exactly at token boundaries. */
export function tokenSpans(text: string): TokenSpan[] {
  return Array.from(text.matchAll(TOKEN), (match) => ({ start: match.index, end: match.index + match[0].length }));
}
