import { deLeet } from '../text/leet';
import { squeeze, startCode, type CompiledWords } from './word-entries';

/** A word that may be a listed one, with the forms it may stand for. */
export interface Candidate {
  /** Its index among all the words. */
  index: number;
  /** Squeezed, as written and with leetspeak undone. */
  keys: string[];
  core: string;
}

/**
 * The words of a text as offsets (two numbers each, no object: most words are looked at
 * once and dropped), and the few that may be listed words.
 */
export interface Tokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly candidates: Candidate[];
  /** Three single-letter words in a row, one character apart: letters may be spelled out ("f u c k"). */
  readonly spacedLetters: boolean;
}

/** Symbols that end a word rather than disguise it ("shit!", "*word*"). */
const EDGE_SYMBOLS = /^[*#!|]+|[*#!|]+$/g;
const EDGE_SYMBOL = /^[*#!|]|[*#!|]$/;
const MASK = /[*#]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII classes: 1 letter, 2 a digit or a symbol that disguises letters ("sh1t", "f*ck", "$hit"). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (const c of '0123456789*#@$!|') ASCII_CLASS[c.charCodeAt(0)] = 2;

/** Classes of the non-ASCII characters met so far: a regex call per character costs more than the scan. */
const seen = new Map<number, number>();
const MAX_SEEN = 4096;

/** 0 no word character, 1 a letter (or any other script's letter or digit), 2 a possible disguise. */
function classOf(folded: string, i: number): number {
  const code = folded.charCodeAt(i);
  if (code < 128) return ASCII_CLASS[code]!;
  // Surrogates count as letters: a pair is a rare Han or an emoji, and splitting it helps nothing.
  if (code >= 0xd800 && code <= 0xdfff) return 1;
  let cls = seen.get(code);
  if (cls === undefined) {
    cls = WORD_CHAR.test(folded[i]!) ? 1 : 0;
    if (seen.size < MAX_SEEN) seen.set(code, cls);
  }
  return cls;
}

/**
 * The words of folded text, found by a hand-written scan: this runs on every word of every
 * screened sentence, and a regex iterator cost more than the lookups that follow. Every word
 * keeps its offsets (phrases read the words after their first one); only a word that may be
 * listed (see `CompiledWords.starts`, `minLength`) becomes a candidate with keys.
 */
export function tokensOf(folded: string, words: CompiledWords): Tokens {
  const tokens: Tokens = { starts: [], ends: [], candidates: [], spacedLetters: false };
  let singles = 0;
  let lastEnd = -2;
  let i = 0;
  while (i < folded.length) {
    if (classOf(folded, i) === 0) {
      i++;
      continue;
    }
    const from = i;
    let disguised = false;
    let letters = false;
    for (; i < folded.length; i++) {
      const cls = classOf(folded, i);
      if (cls === 0) break;
      if (cls === 2) disguised = true;
      else letters = true;
    }
    singles = i - from === 1 ? (from - lastEnd === 1 ? singles + 1 : 1) : 0;
    if (singles >= 3) (tokens as { spacedLetters: boolean }).spacedLetters = true;
    lastEnd = i;
    // Numbers ("2019", "$12") are the most common words with digits, and no entry is one.
    if (disguised && letters) addDisguised(tokens, folded.slice(from, i), from, words);
    else if (disguised) addPosition(tokens, from, i);
    else addPlain(tokens, folded, from, i, words);
  }
  return tokens;
}

function addPosition(tokens: Tokens, from: number, to: number): void {
  tokens.starts.push(from);
  tokens.ends.push(to);
}

function addPlain(tokens: Tokens, folded: string, from: number, to: number, words: CompiledWords): void {
  addPosition(tokens, from, to);
  if (to - from < words.minLength) return;
  // A doubled letter among the first three may squeeze into an entry's start ("fuuuck").
  const c1 = folded.charCodeAt(from + 1);
  if (folded.charCodeAt(from) === c1 || c1 === folded.charCodeAt(from + 2) || words.starts.has(startCodeAt(folded, from, to))) {
    const core = folded.slice(from, to);
    tokens.candidates.push({ index: tokens.starts.length - 1, keys: [squeeze(core)], core });
  }
}

function addDisguised(tokens: Tokens, raw: string, from: number, words: CompiledWords): void {
  const core = EDGE_SYMBOL.test(raw) ? raw.replace(EDGE_SYMBOLS, '') : raw;
  if (core === '') return;
  // Edge symbols are not part of the word, so the span (what gets masked) leaves them out.
  const start = from + raw.indexOf(core);
  addPosition(tokens, start, start + core.length);
  if (core.length < words.minLength) return;
  const plain = deLeet(core);
  // A masked word ("f*ck") is matched letter by letter later; any other must start like an entry
  // once its leetspeak is undone ("sh1t"), as URL-encoded runs ("%2bmaketimeline") do not.
  const keys = [squeeze(core)];
  if (plain !== core && /^\p{L}+$/u.test(plain)) keys.push(squeeze(plain));
  if (MASK.test(core) || keys.some((k) => words.starts.has(startCode(k)))) tokens.candidates.push({ index: tokens.starts.length - 1, keys, core });
}

/** `startCode` of the word at `[from, to)`, without cutting it out. */
function startCodeAt(folded: string, from: number, to: number): number {
  const at = (k: number) => (from + k < to ? folded.charCodeAt(from + k) : 0);
  return (at(0) * 0x10000 + at(1)) * 0x10000 + at(2);
}
