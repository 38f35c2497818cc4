/**
 * Lowercases and strips diacritics so phrase lists are written once without accents
 * ("hablar con una persona" matches "Hablar con úna persona"); ß becomes ss and curly
 * apostrophes straight ones. Mirrors the other services' folding (services share no code).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[‘’]/g, "'");
}
