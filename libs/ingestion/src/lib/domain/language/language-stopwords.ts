/**
 * Frequent function words per language, chosen to tell the languages apart: a word shared by
 * two lists ("de", "la", "en", "es") simply counts for both, so only the others decide.
 * Lower-case and with accents, because accents are themselves evidence ("está", "über").
 */
export const LANGUAGE_STOPWORDS: Readonly<Record<'en' | 'es' | 'fr' | 'de', ReadonlySet<string>>> = {
  en: new Set(
    ('the and is are was were of to in that it for with on this you your my i how what why when where do does did ' +
      "can can't not be have has had will would should could from by at an or if there which we they our me am please " +
      "i'm don't doesn't it's").split(' '),
  ),
  es: new Set(
    ('el la los las de del que y en un una es por para con no se su sus al lo como cómo más pero mi mis este esta ' +
      'está están qué cuál cuando cuándo dónde donde hay puedo ser son tengo muy también sin sobre ya yo usted nuestro ' +
      'nuestra hola gracias').split(' '),
  ),
  fr: new Set(
    ('le la les de des du et est un une en que qui pour dans pas ne sur au aux avec ce cette ces il elle nous vous ' +
      "je mon ma mes votre vos comment pourquoi où quand quel quelle sont être avoir mais ou très aussi peut c'est " +
      "j'ai l' qu'il n'est bonjour merci").split(' '),
  ),
  de: new Set(
    ('der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im auch es wie ich mein meine ' +
      'sie wir ihr ihre kann können wird werden bei nach aus oder aber wenn was warum wo wann haben hat sind noch ' +
      'nur über um dass hallo danke bitte').split(' '),
  ),
};

/** Letters (with their language) that barely occur in the other candidate languages. */
export const DISTINCTIVE_LETTERS: Readonly<Record<string, 'es' | 'fr' | 'de'>> = {
  ñ: 'es', '¿': 'es', '¡': 'es',
  ß: 'de', ä: 'de', ö: 'de', ü: 'de',
  ç: 'fr', è: 'fr', ê: 'fr', â: 'fr', î: 'fr', ô: 'fr', û: 'fr', œ: 'fr', ë: 'fr',
};
