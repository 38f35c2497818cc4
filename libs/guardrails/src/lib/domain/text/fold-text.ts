/**
 * Lowercases and strips diacritics so patterns and word lists can be written once without
 * accents ("olvidá" and "olvida", "Einschränkungen" and "einschrankungen" match alike); also
 * spells ß as ss and curly apostrophes as straight ones, as people type them both ways.
 * The folded text has the same words in the same order, but its offsets may differ.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[‘’]/g, "'");
}

/** Words of folded text: runs of letters or digits (apostrophes kept, so "don't" stays one word). */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}
