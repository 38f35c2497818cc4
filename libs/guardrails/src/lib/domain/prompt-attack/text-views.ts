import { foldText } from '../text/fold-text';
import { LEET } from '../text/leet';

/** Invisible characters used to break up keywords ("ign\u200bore"). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
/** Letters split by one punctuation mark each ("d.i.s.r.e.g.a.r.d", "i-g-n-o-r-e"); a space between such runs is a word break. */
const DOTTED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[.\-_*/|]\p{L}){2,}(?![\p{L}\p{N}])/gu;
/** Letters split by single spaces ("i g n o r e", "忽 略 之 前"); two or more spaces are a word break. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu;
/** Leetspeak digits and symbols inside a word that also has letters ("1gn0r3", "pr0mpt"). */
const LEET_WORD = /[\p{L}\d@$|!]*\d[\p{L}\d@$|!]*/gu;
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
const HEX_BYTES = /\b(?:[0-9a-f]{2}[ :]?){8,}/gi;
/** Decoded text counts only when it reads as text, not as the bytes of an id or a hash. */
const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{Zs}\n\t+=<>$|^`~]*$/u;

/**
 * The folded text and the ways an attacker hides the same words: with the letters spaced out,
 * invisible characters or leetspeak undone; base64 or hex runs decoded; read backwards; ROT13.
 * Attack patterns are tried on every view, so they are written once, in plain words.
 * Horizontal whitespace is collapsed, line breaks are kept for the line-start markers.
 */
export function textViews(text: string): string[] {
  const folded = normalizeSpace(foldText(text.replace(INVISIBLE, '')));
  const views = [folded];
  const plain = deLeet(joinSpacedLetters(text.replace(INVISIBLE, '')));
  if (plain !== folded) views.push(plain);
  for (const decoded of decodedRuns(text)) views.push(normalizeSpace(foldText(decoded)));
  views.push([...folded].reverse().join(''), rot13(folded));
  return views;
}

function normalizeSpace(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ').trim();
}

/** Joins spelled-out letters ("a l l   p r e v" → "all prev", "t.h.e s.y.s" → "the sys"). */
function joinSpacedLetters(text: string): string {
  const joined = text.replace(DOTTED_LETTERS, (run) => run.replace(/[.\-_*/|]/g, '')).replace(SPACED_LETTERS, (run) => run.replace(/ /g, ''));
  return normalizeSpace(foldText(joined));
}

function deLeet(folded: string): string {
  return folded.replace(LEET_WORD, (word) => (/\p{L}/u.test(word) ? word.replace(/[\d@$|!]/g, (c) => LEET[c] ?? c) : word));
}

function decodedRuns(text: string): string[] {
  const decoded: string[] = [];
  for (const run of text.match(BASE64_RUN) ?? []) decoded.push(Buffer.from(run, 'base64').toString('utf8'));
  for (const run of text.match(HEX_BYTES) ?? []) decoded.push(Buffer.from(run.replace(/[ :]/g, ''), 'hex').toString('utf8'));
  return decoded.filter((d) => d.length >= 8 && PRINTABLE.test(d));
}

function rot13(text: string): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
}
