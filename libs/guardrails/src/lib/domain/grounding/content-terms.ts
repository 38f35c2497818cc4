import { words } from '../text/fold-text';

/**
 * Function words of the five supported languages (folded). They appear in any text, so
 * counting them would make every answer look grounded.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me my your our their him her them do does did can could will would should may might must have has had ' +
    'not no yes so than then there here what which who whom how when where why all any some more most very just also about into ' +
    'el la los las un una unos unas y o pero de del al en con por para es son fue ser esta estan este esto que se su sus lo le les ' +
    'mi tu nos como mas muy si ya hay ' +
    'le les une des et ou mais du au aux est sont pour dans sur avec par ce cette ces qui ne pas plus vous nous il elle ils on son sa ' +
    'der die das den dem des ein eine einen und oder aber ist sind war zu im mit von fur auf an als wie nicht auch sie ihr wir ich es'
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
 * The content terms of a text: folded words minus stopwords and citation markers, cut to
 * their stem. Han characters count one by one, since Chinese has no spaces between words.
 */
export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of words(text.replace(/\[\d+\]/g, ' '))) {
    if (/\p{Script=Han}/u.test(word)) {
      for (const char of word) terms.add(char);
    } else if (!STOPWORDS.has(word)) {
      terms.add(stem(word));
    }
  }
  return terms;
}
