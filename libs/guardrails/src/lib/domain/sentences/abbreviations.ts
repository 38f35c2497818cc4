/**
 * Words whose trailing period does not end a sentence (folded, without the period). Kept short
 * on purpose: "etc." and "Inc." are left out because they end sentences about as often.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'approx', 'dept', 'ej', 'sr', 'sra', 'srta', 'dra', 'mme', 'mlle', 'bzw', 'usw', 'ca', 'ggf',
]);

/** Abbreviations that only count as such before a number: "No. 5", but "I said no. Then". */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nr', 'nº', 'num', 'art', 'vol', 'p', 'pp', 'fig', 'tel']);

/**
 * Whether the period at `dot` belongs to an abbreviation or a list number ("1. Open the app")
 * rather than ending a sentence. `next` is the first non-space character after it. Dotted
 * forms ("e.g.", "U.S.", "i.e.") and single letters (initials, "p. ej.") are recognised by shape.
 */
export function isNonTerminalDot(text: string, dot: number, next: string): boolean {
  // A number alone at the start of a line (or of the next sentence) is a list item's number.
  if (/^\s*\d{1,3}$/.test(text.slice(text.lastIndexOf('\n', dot - 1) + 1, dot))) return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  if (word === '') return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{L}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  return NUMBER_ABBREVIATIONS.has(lower) && /\d/.test(next);
}
