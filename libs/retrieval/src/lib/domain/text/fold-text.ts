/**
 * Lower-cases and removes accents so "Contraseña", "contrasena" and "CONTRASEÑA" compare equal.
 * NFKD also folds compatibility forms (full-width letters, ligatures such as "ﬁ"). Only the
 * Latin/Greek/Cyrillic combining-diacritics block (U+0300–U+036F) is removed: marks of other
 * scripts (Devanagari vowel signs, say) are part of the letter, not an accent.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}
