import { foldWithOrigin, originalSpan } from '../text/folded-text';
import { deLeet } from '../text/leet';
import { maskedKey, MIN_MASKED_LENGTH, squeeze, startCode, type CompiledWords } from './word-entries';
import { tokensOf } from './word-tokens';

/** One listed word or phrase found: which list, and where in the original text. */
export interface WordHit {
  list: number;
  start: number;
  end: number;
}

const MASKS = /[*#]/;
/** Single letters with one consistent separator: "f u c k", "s.h.i.t", "f-u-c-k". */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}([ .\-_*])\p{L}(?:\1\p{L})+(?![\p{L}\p{N}])/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Finds listed words in `text`: case- and accent-insensitive, whole words only (phrases word
 * by word), also when disguised by leetspeak ("sh1t"), masking ("f*ck"), repeated letters
 * ("fuuuck") or spaced letters ("f u c k"). CJK entries match as substrings. Within one list
 * hits never overlap: the first one found wins.
 */
export function findWords(text: string, words: CompiledWords): WordHit[] {
  const folded = foldWithOrigin(text);
  const { starts, ends, candidates, spacedLetters } = tokensOf(folded.folded, words);
  const hits: WordHit[] = [];
  const hit = (lists: readonly number[] | undefined, start: number, end: number) => {
    for (const list of lists ?? []) hits.push({ list, start, end });
  };
  const prefixed = (key: string, start: number, end: number) => {
    for (const entry of words.prefixes.get(startCode(key)) ?? []) if (key.startsWith(entry.prefix)) hit(entry.lists, start, end);
  };
  /** Whether the words after word `i` are `rest` (a phrase's other words). */
  const followedBy = (i: number, rest: readonly string[]) =>
    i + rest.length < starts.length && rest.every((w, k) => squeeze(folded.folded.slice(starts[i + 1 + k]!, ends[i + 1 + k]!)) === w);
  for (const { index, keys, core } of candidates) {
    const [start, end] = [starts[index]!, ends[index]!];
    for (const key of keys) {
      hit(words.exact.get(key), start, end);
      prefixed(key, start, end);
      for (const phrase of words.phrases.get(key) ?? []) if (followedBy(index, phrase.rest)) hit(phrase.lists, start, ends[index + phrase.rest.length]!);
    }
    if (MASKS.test(core)) for (const list of maskedLists(core, words)) hit([list], start, end);
  }
  for (const run of spacedLetters ? folded.folded.matchAll(SPACED_LETTERS) : []) {
    const joined = squeeze(run[0].replace(/[^\p{L}]/gu, ''));
    hit(words.exact.get(joined), run.index, run.index + run[0].length);
    prefixed(joined, run.index, run.index + run[0].length);
  }
  if (words.cjk && HAS_CJK.test(folded.folded)) {
    for (const match of folded.folded.matchAll(words.cjk.pattern)) hit(words.cjk.lists.get(match[0].replace(/\s+/g, '')), match.index, match.index + match[0].length);
  }
  return withoutOverlaps(hits).map((h) => ({ list: h.list, ...originalSpan(folded, h.start, h.end) }));
}

/**
 * Lists holding a word that `core` ("f*ck", "sh#t", "f*cking") masks: a whole word of the same
 * length with the same first and last letter, or a `word*` entry the token starts with, and in
 * both cases every letter shown where the entry has one. At least two letters must show, so
 * "f***" stands for nothing in particular.
 */
function maskedLists(core: string, words: CompiledWords): number[] {
  const plain = deLeet(core);
  const isLetter = (c: string | undefined) => c !== undefined && /^\p{L}$/u.test(c);
  if (plain.length < MIN_MASKED_LENGTH || !isLetter(plain[0])) return [];
  const shows = (word: string) => {
    const part = plain.slice(0, word.length);
    return [...part].filter(isLetter).length >= 2 && [...part].every((c, k) => c === '*' || c === '#' || c === word[k]);
  };
  const lists: number[] = [];
  if (isLetter(plain[plain.length - 1])) {
    for (const candidate of words.masked.get(maskedKey(plain)) ?? []) if (shows(candidate.word)) lists.push(...candidate.lists);
  }
  for (const candidate of words.maskedPrefixes.get(plain[0]!) ?? []) {
    // The prefix's last letter must show, or "f***ing" would be any word.
    if (candidate.word.length <= plain.length && isLetter(plain[candidate.word.length - 1]) && shows(candidate.word)) lists.push(...candidate.lists);
  }
  return lists;
}

function withoutOverlaps(hits: WordHit[]): WordHit[] {
  const kept: WordHit[] = [];
  for (const hit of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((k) => k.list === hit.list && k.start < hit.end && hit.start < k.end)) kept.push(hit);
  }
  return kept;
}
