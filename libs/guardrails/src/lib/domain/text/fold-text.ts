/**
 * Lowercases and strips diacritics so patterns and word lists can be written once without
 * accents ("olvidá" and "olvida", "Einschränkungen" and "einschrankungen" match alike).
 * NFD splits a letter from its combining marks; dropping the marks keeps every other character,
 * so the folded text has the same words in the same order (its offsets may differ).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of folded text: runs of letters or digits (apostrophes kept, so "don't" stays one word). */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}
