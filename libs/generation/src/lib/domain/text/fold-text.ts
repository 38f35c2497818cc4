/**
 * Lowercases and strips diacritics so "devolución" matches "devolucion" and word lists can be
 * written once without accents; ß is spelled ss and curly apostrophes straightened, as people
 * type them both ways. Mirrors the guardrails service's folding (services share no code).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[‘’]/g, "'");
}

/** Words of folded text: runs of letters or digits (apostrophes kept, so "don't" stays one word). */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}
