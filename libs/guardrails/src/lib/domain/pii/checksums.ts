/**
 * Checksums that tell real card and account numbers from look-alike digit runs (order numbers,
 * tracking codes), so only numbers that could actually be charged are treated as personal data.
 */

/** Luhn (mod 10) check used by every payment card number; `digits` holds digits only. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  // Doubling starts at the second digit from the right, so walk right to left.
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * ISO 13616 IBAN check: move the country code and check digits to the end, turn letters into
 * 10..35, and the number must leave remainder 1 modulo 97. Computed piecewise because the
 * number has up to ~70 digits, far beyond a double's exact range.
 */
export function isIbanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}
