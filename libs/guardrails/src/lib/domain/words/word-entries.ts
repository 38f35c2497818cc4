import { foldText } from '../text/fold-text';

/**
 * Word lists compiled for lookup. Entries are folded (lowercase, no accents) and squeezed
 * (repeated letters once), as tokens are before lookup, so "Scheiße", "SCHEISSE" and
 * "fuuuck" meet their entries. Entry syntax: a word, a phrase ("worst service ever"), a word
 * ending in `*` for every word starting so ("fuck*"), or CJK text, matched as a substring
 * because CJK has no spaces between words.
 */
export interface CompiledWords {
  /** Squeezed word → the lists holding it. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** First three letters (`startCode`) → `word*` entries (squeezed) starting so, and their lists. */
  readonly prefixes: ReadonlyMap<number, ReadonlyArray<{ prefix: string; lists: readonly number[] }>>;
  /** First word → the phrases starting with it (their other words, squeezed). */
  readonly phrases: ReadonlyMap<string, ReadonlyArray<{ rest: readonly string[]; lists: readonly number[] }>>;
  /** `length:first+last` → whole words (unsqueezed) a masked token ("f*ck") may stand for. */
  readonly masked: ReadonlyMap<string, ReadonlyArray<{ word: string; lists: readonly number[] }>>;
  /** First letter → `word*` entries (unsqueezed) a masked token ("f*cking") may start with. */
  readonly maskedPrefixes: ReadonlyMap<string, ReadonlyArray<{ word: string; lists: readonly number[] }>>;
  /**
   * The first three letters of every Latin entry (squeezed, `startCode`; fewer for a shorter
   * entry): a word starting otherwise, with no disguise in it, cannot be one; most words are
   * skipped at this check.
   */
  readonly starts: ReadonlySet<number>;
  /** The shortest Latin entry word (squeezed): shorter words cannot be one. Infinity without Latin entries. */
  readonly minLength: number;
  /** CJK entries as one pattern (spaces allowed between characters), and their lists. */
  readonly cjk?: { pattern: RegExp; lists: ReadonlyMap<string, readonly number[]> };
}

/** Runs of letters, digits and the symbols people write inside words to disguise them. */
export const TOKEN = /[\p{L}\p{N}*#@$!|]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Masking a word shorter than this leaves too little to tell which word it was. */
export const MIN_MASKED_LENGTH = 4;

/** Repeated letters once ("fuuuck" → "fuck"); digits stay, "100" is not "10". */
export function squeeze(word: string): string {
  // Most words have no doubled letter: look before paying for the regex.
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) return word.replace(/(\p{L})\1+/gu, '$1');
  return word;
}

/**
 * The first three characters (0 for missing ones) as one number, exact in a double, for a
 * lookup per word that allocates nothing.
 */
export const startCode = (word: string): number => (word.charCodeAt(0) * 0x10000 + (word.charCodeAt(1) || 0)) * 0x10000 + (word.charCodeAt(2) || 0);
// Keep in step with `startCodeAt` in word-tokens.ts, which reads the same three characters in place.

export const maskedKey = (word: string): string => `${word.length}:${word[0]}${word[word.length - 1]}`;

/** Compiles word lists; an entry's hits report the index of every list that holds it. */
export function compileWords(lists: ReadonlyArray<readonly string[]>): CompiledWords {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const phrases = new Map<string, Array<{ rest: string[]; lists: number[] }>>();
  const masked = new Map<string, Array<{ word: string; lists: number[] }>>();
  const maskedPrefixes = new Map<string, Array<{ word: string; lists: number[] }>>();
  const cjk = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, list: number) => {
    const lists = map.get(key) ?? [];
    if (!lists.includes(list)) lists.push(list);
    map.set(key, lists);
  };
  lists.forEach((entries, list) => {
    for (const entry of entries) {
      const folded = foldText(entry).trim();
      if (CJK.test(folded)) {
        add(cjk, folded.replace(/\s+/g, ''), list);
        continue;
      }
      const isPrefix = folded.endsWith('*');
      const words = (folded.match(TOKEN) ?? []).map((w) => w.replace(/\*+$/, '')).filter(Boolean);
      if (words.length === 0) continue;
      if (words.length > 1) {
        const first = squeeze(words[0]!);
        const candidates = phrases.get(first) ?? [];
        candidates.push({ rest: words.slice(1).map(squeeze), lists: [list] });
        phrases.set(first, candidates);
      } else if (isPrefix) {
        add(prefixes, squeeze(words[0]!), list);
        if (words[0]!.length >= MIN_MASKED_LENGTH && /^\p{L}+$/u.test(words[0]!)) {
          const candidates = maskedPrefixes.get(words[0]![0]!) ?? [];
          candidates.push({ word: words[0]!, lists: [list] });
          maskedPrefixes.set(words[0]![0]!, candidates);
        }
      } else {
        add(exact, squeeze(words[0]!), list);
        if (words[0]!.length >= MIN_MASKED_LENGTH && /^\p{L}+$/u.test(words[0]!)) {
          const candidates = masked.get(maskedKey(words[0]!)) ?? [];
          candidates.push({ word: words[0]!, lists: [list] });
          masked.set(maskedKey(words[0]!), candidates);
        }
      }
    }
  });
  const byStart = new Map<number, Array<{ prefix: string; lists: number[] }>>();
  for (const [prefix, lists] of prefixes) byStart.set(startCode(prefix), [...(byStart.get(startCode(prefix)) ?? []), { prefix, lists }]);
  const firstWords = [...exact.keys(), ...prefixes.keys(), ...phrases.keys()];
  const starts = new Set(firstWords.map((w) => startCode(w)));
  const minLength = Math.min(...firstWords.map((w) => w.length));
  return { exact, prefixes: byStart, phrases, masked, maskedPrefixes, starts, minLength, ...(cjk.size > 0 ? { cjk: { pattern: cjkPattern([...cjk.keys()]), lists: cjk } } : {}) };
}

/** Longest entries first, so "操你妈" wins over a shorter entry it contains. */
function cjkPattern(entries: string[]): RegExp {
  const escaped = entries.sort((a, b) => b.length - a.length).map((e) => [...e].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
  return new RegExp(escaped.join('|'), 'gu');
}
