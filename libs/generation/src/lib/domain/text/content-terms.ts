import { words } from './fold-text';

/**
 * Function words (folded), English and Spanish in full and the commonest French and German
 * ones: they occur in every passage, so matching on them would make any sentence look relevant.
 * Question words ("how", "donde") are included for the same reason.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me my your our their him her them do does did can could will would should may might must have has had ' +
    'not no yes so than then there here what which who whom how when where why all any some more most very just also about into ' +
    'get please want need know tell ' +
    'el la los las un una unos unas y o pero de del al en con por para es son fue ser esta estan este esto que se su sus lo le les ' +
    'mi mis tu nos como mas muy si ya hay donde cuando cual quien puedo puede tengo tiene hacer hago quiero necesito ' +
    'une des et ou mais du au aux est sont pour dans sur avec par ce cette ces qui ne pas plus vous nous il elle ils je comment ' +
    'der die das den dem ein eine einen und oder aber ist sind war zu im mit von fur auf als wie nicht auch sie ihr wir ich es kann'
  ).split(' '),
);

/**
 * A crude, language-agnostic stem: drop a plural "s", keep the first five letters. It lets
 * "items" match "item", "returned" match "return" and "devoluciones" match "devolución"
 * without a stemmer per language, at the price of some false matches ("account", "accounting").
 */
const STEM_LENGTH = 5;
const stem = (word: string): string => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word).slice(0, STEM_LENGTH);

/**
 * The content terms of a text: folded words minus stopwords, cut to their stem. Han
 * characters count one by one, since Chinese has no spaces between words.
 */
export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of words(text)) {
    if (/\p{Script=Han}/u.test(word)) {
      for (const char of word) terms.add(char);
    } else if (!STOPWORDS.has(word)) {
      terms.add(stem(word));
    }
  }
  return terms;
}
