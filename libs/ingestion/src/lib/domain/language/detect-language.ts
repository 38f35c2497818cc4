import { DISTINCTIVE_LETTERS, LANGUAGE_STOPWORDS } from './language-stopwords';

/** Languages the detector can name, as BCP 47 tags. */
export type DetectedLanguage = 'en' | 'es' | 'fr' | 'de' | 'zh';

/** Fewer hits than this is too little evidence to name a language. */
const MIN_EVIDENCE = 2;
/** The winner must beat the runner-up by this factor, or the text is ambiguous. */
const MIN_MARGIN = 1.5;
const STOPWORD_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

/**
 * Guesses the language of a query or passage from stopwords and distinctive letters, and Han
 * characters for Chinese. Returns undefined when unsure (short or mixed text, or a language it
 * does not know, such as Japanese with kana or Korean), so callers fall back to a default rather
 * than act on a wrong guess.
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const han = count(text, /\p{Script=Han}/gu);
  if (count(text, /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) > 0) return undefined;
  const words = (text.toLowerCase().match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]*)?/gu) ?? []).map((word) => word.replace('’', "'"));
  const latinWords = words.filter((word) => !/\p{Script=Han}/u.test(word)).length;
  // Chinese needs no stopwords: Han characters dominating the text decide it.
  if (han >= MIN_EVIDENCE && han >= latinWords) return 'zh';

  const scores = new Map<DetectedLanguage, number>();
  const add = (language: DetectedLanguage): void => {
    scores.set(language, (scores.get(language) ?? 0) + 1);
  };
  for (const word of words) {
    // French elision: "l'application" counts as "l'".
    const elided = word.replace(/'.*$/, "'");
    for (const language of STOPWORD_LANGUAGES) {
      const stopwords = LANGUAGE_STOPWORDS[language];
      if (stopwords.has(word) || stopwords.has(elided)) add(language);
    }
  }
  for (const char of text.toLowerCase()) {
    const language = DISTINCTIVE_LETTERS[char];
    if (language) add(language);
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_EVIDENCE) return undefined;
  if (second && best[1] < second[1] * MIN_MARGIN) return undefined;
  return best[0];
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
