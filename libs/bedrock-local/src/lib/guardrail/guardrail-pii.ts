import type { LocalGuardrailPiiType } from './guardrail-config';

/** One personal-data span found in a text. */
export interface PiiMatch {
  readonly type: LocalGuardrailPiiType;
  readonly start: number;
  readonly end: number;
  readonly match: string;
}

/**
 * Deliberately simple patterns: an e-mail address, and a phone number as 10 to 15 digits
 * with the usual separators (so order numbers, dates and card-free amounts are left alone).
 */
const PATTERNS: Readonly<Record<LocalGuardrailPiiType, RegExp>> = {
  EMAIL: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  PHONE: /(?<![\w+])\+?\(?\d[\d\s().-]{8,}\d(?!\w)/g,
};
const PHONE_DIGITS = { min: 10, max: 15 } as const;

function matchesOf(text: string, type: LocalGuardrailPiiType): PiiMatch[] {
  return [...text.matchAll(PATTERNS[type])].flatMap((m) => {
    if (type === 'PHONE') {
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) return [];
    }
    return [{ type, start: m.index, end: m.index + m[0].length, match: m[0] }];
  });
}

/** The spans of the asked-for types, in text order; of overlapping spans the earlier (then longer) wins. */
export function findPii(text: string, types: readonly LocalGuardrailPiiType[]): PiiMatch[] {
  const all = types.flatMap((type) => matchesOf(text, type)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PiiMatch[] = [];
  for (const match of all) if (kept.length === 0 || match.start >= kept.at(-1)!.end) kept.push(match);
  return kept;
}

/** Replaces each span with Bedrock's placeholder for its type (`{EMAIL}`, `{PHONE}`). */
export function maskPii(text: string, matches: readonly PiiMatch[]): string {
  let result = '';
  let cursor = 0;
  for (const m of matches) {
    result += `${text.slice(cursor, m.start)}{${m.type}}`;
    cursor = m.end;
  }
  return result + text.slice(cursor);
}
