import { words } from '../text/fold-text';

/**
 * Frequent words that tell the Latin-script languages apart (folded). Words shared by two of
 * them ("de", "la", "que", "es", "en", "un", "no") are left out: they would only add ties.
 */
const MARKERS: Readonly<Record<'en' | 'es' | 'fr' | 'de', ReadonlySet<string>>> = {
  en: new Set('the and is are was what how my you your to of for with can do does not this that it where when why have please i hello thanks order'.split(' ')),
  es: new Set('el los las del por para con una como mi mis esta estan tengo puedo donde cuando porque pero quiero pedido hola gracias y al lo se muy'.split(' ')),
  fr: new Set('le les des du est et je vous mon ma mes pour avec pas une comment ou quand pourquoi sur dans ne suis ai bonjour merci commande'.split(' ')),
  de: new Set('der die das und ist nicht ich sie mit wie ein eine mein meine kann bitte wo warum wann habe auf fur zu den dem hallo danke bestellung'.split(' ')),
};

/** Characters only one of the languages uses, each worth one marker word. */
const SCRIPT_HINTS: ReadonlyArray<[keyof typeof MARKERS, RegExp]> = [
  ['es', /[ñ¿¡]/giu],
  ['de', /[ßäöü]/giu],
  ['fr', /[çèêàùœ]/giu],
];

/**
 * Detects en, es, fr or de from marker words, and zh from Han characters (when there is no
 * kana, which would make it Japanese). Returns `undefined` when the evidence is absent or
 * tied, so the caller falls back to a language it already knows (the session's, a default).
 */
export function detectLanguage(text: string): string | undefined {
  if (/\p{Script=Han}/u.test(text) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'zh';
  const scores = new Map<string, number>();
  const tokens = words(text);
  for (const [language, markers] of Object.entries(MARKERS)) {
    scores.set(language, tokens.filter((t) => markers.has(t)).length);
  }
  for (const [language, hint] of SCRIPT_HINTS) {
    scores.set(language, (scores.get(language) ?? 0) + (text.match(hint)?.length ?? 0));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return undefined;
  return first[0];
}
