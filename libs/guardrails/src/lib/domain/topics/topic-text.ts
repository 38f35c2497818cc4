import { foldText, words } from '../text/fold-text';
import { GENERIC_HAN, GENERIC_WORDS } from './generic-words';

/** One sentence read for topic matching. */
export interface TopicText {
  /** Folded words, for terms, which match as written. */
  readonly words: ReadonlySet<string>;
  /** ` word word ` with single spaces and padding, for word sequences. */
  readonly sequence: string;
  /** The folded text without spaces, for Chinese terms and phrases. */
  readonly compact: string;
  /** Content stems and Chinese character pairs: the evidence shared with examples. */
  readonly stems: ReadonlySet<string>;
  /** Whether there is Chinese to look for Chinese terms in. */
  readonly han: boolean;
}

const HAN = /\p{Script=Han}/u;
/** French elision ("d'ibuprofène", "l'avocat"): the word is what follows the apostrophe. */
const ELISION = /^(?:l|d|j|qu|c|s|n|m|t)'(?=\p{L})/u;
/** A gap in a phrase ("poursuivre * en justice"): up to this many words, or Chinese characters. */
const GAP_WORDS = 4;
const GAP_CHARS = 6;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Suffixes of inflection and derivation, longest first; one is cut after the plural. */
const SUFFIXES = ['ation', 'acion', 'ement', 'ment', 'ung', 'ing', 'ion', 'er', 'ed', 'en', 'ly', 'o', 'a'];
const MIN_STEM = 4;

/**
 * A crude stem shared by the five languages: drop a plural "s" and a final "e", then one
 * common suffix, keeping at least four letters. "elections" and "election" meet at "elect",
 * "abogados" and "abogada" at "abogad", "Klage" and "klagen" at "klag". It only has to be
 * consistent, since examples and messages go through the same function.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > MIN_STEM && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > MIN_STEM && w.endsWith('e')) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Character pairs of the Chinese runs, without those holding a grammatical character. */
function hanPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      if (!GENERIC_HAN.has(run[i]!) && !GENERIC_HAN.has(run[i + 1]!)) pairs.push(run.slice(i, i + 2));
    }
  }
  return pairs;
}

/** Folded words, elisions and the English possessive cut off ("competitor's" is "competitor"). */
const tokensOf = (text: string): string[] => words(text).map((w) => w.replace(ELISION, '').replace(/'s$/, ''));

export function topicText(text: string): TopicText {
  const folded = foldText(text);
  const tokens = tokensOf(folded);
  const stems = new Set<string>();
  for (const token of tokens) if (!HAN.test(token) && !GENERIC_WORDS.has(token) && token.length > 1 && !/^\d+$/.test(token)) stems.add(stem(token));
  for (const pair of hanPairs(folded)) stems.add(pair);
  const han = HAN.test(folded);
  return { words: new Set(tokens), sequence: ` ${tokens.join(' ')} `, compact: han ? folded.replace(/\s+/g, '') : folded, stems, han };
}

/** A term or phrase ready to look for: a word, a word sequence, or a pattern where it has gaps. */
export type Term = string | RegExp;

/**
 * A term or phrase as `TermSet` looks for it: folded, words single-spaced, Chinese without
 * spaces. A `*` stands for a gap of up to {@link GAP_WORDS} words ({@link GAP_CHARS}
 * characters in Chinese), so "poursuivre * en justice" takes "poursuivre la compagnie en justice".
 */
export function normalizeTerm(term: string): Term {
  const parts = term.split('*').map((part) => {
    const folded = foldText(part).trim();
    return HAN.test(folded) ? folded.replace(/\s+/g, '') : tokensOf(folded).join(' ');
  });
  if (parts.length === 1) return parts[0]!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (HAN.test(term)) return new RegExp(parts.map(escape).join(`.{0,${GAP_CHARS}}`), 'u');
  return new RegExp(` ${parts.filter(Boolean).map(escape).join(`(?: \\S+){0,${GAP_WORDS}} `)} `, 'u');
}
