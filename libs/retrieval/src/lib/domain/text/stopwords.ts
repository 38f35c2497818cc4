/**
 * Words too common to rank by, in en/es/fr/de, already accent-folded (they are matched after
 * {@link foldText}). One merged set, because queries and chunks are not language-tagged
 * reliably and a Spanish "de" is as uninformative in an English chunk. Negations ("not", "no",
 * "nicht", "pas") are deliberately absent: "cannot cancel" and "can cancel" must not look alike.
 */
export const SEARCH_STOPWORDS: ReadonlySet<string> = new Set(
  [
    // en
    'a an and are as at be but by for from has have how i if in into is it its me my of on or our so than that the',
    'their them then there these they this to was we were what when where which who why will with would you your',
    'do does did can could should about also just please hi hello thanks',
    // es
    'el la los las un una unos unas de del al y o que en es son por para con se su sus lo como mi mis mas pero',
    'este esta estos estas ese esa hay ser yo tu usted le les nos hola gracias cual cuando donde',
    // fr (elided "l'", "d'", "qu'" arrive as the single letters after tokenisation)
    'le les des du d l et ou est sont au aux ce cet cette ces pour par sur dans avec qui quoi il elle ils elles',
    'nous vous je j mon ma mes ton ta tes son sa ses votre vos notre nos etre avoir quel quelle quels quelles',
    'bonjour merci c s qu',
    // de
    'der die das den dem des ein eine einen einem einer eines und oder ist sind war zu mit von fur auf im an am',
    'aus bei nach uber um wie wo wer ich du er sie wir ihr mein meine dein sich auch als dass hallo danke bitte',
  ]
    .join(' ')
    .split(' '),
);
