import { words } from '../text/fold-text';

/** Answer language when detection finds no evidence and the caller gave none. */
export const DEFAULT_LANGUAGE = 'en';

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
 * Detects the question's language among those we answer in (en, es, fr, de, zh) from marker
 * words, distinctive characters and Han script (without kana, which would be Japanese).
 * Returns `fallback` (the session's language, or {@link DEFAULT_LANGUAGE}) when the evidence
 * is absent or tied. Mirrors the guardrails service's detector (services share no code).
 */
export function detectLanguage(text: string, fallback: string = DEFAULT_LANGUAGE): string {
  if (/\p{Script=Han}/u.test(text) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'zh';
  const tokens = words(text);
  const scores = Object.entries(MARKERS).map(([language, markers]): [string, number] => {
    const hint = SCRIPT_HINTS.find(([l]) => l === language)?.[1];
    return [language, tokens.filter((t) => markers.has(t)).length + (hint ? (text.match(hint)?.length ?? 0) : 0)];
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return fallback;
  return first[0];
}
