/**
 * Words (folded) that say nothing about a topic: function words, question words and the
 * verbs of asking in the five languages. Comparatives ("better", "mejor") stay out of this
 * list: comparing is what a competitor question does. Left out of the evidence, so "can I" and "wie kann
 * ich" shared with an example count for nothing.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me my your our their him her them do does did done can could will would should shall may might must ' +
    "have has had not no yes so than then there here what which who whom how when where why all any some more most very just " +
    "also about into over under up down out again get got give go going make made take tell know think want need like please " +
    "help thanks hi hello ok okay really actually something anything thing things way someone one now today still even much " +
    "many well right i'm it's don't can't what's " +
    'el la los las un una unos unas y o pero de del al en con por para es son fue ser esta estan este esto esa ese que se su ' +
    'sus lo le les mi mis tu tus nos como mas muy si ya hay puedo puede pueden debo deberia necesito quiero tengo tiene hacer ' +
    'saber decir ayuda ayudar favor hola gracias algo alguien cual cuales cuando donde porque ahora hoy todo todos bien ' +
    "le la les un une des et ou mais du au aux est sont pour dans sur avec par ce cette ces qui que ne pas plus vous nous il " +
    "elle ils on son sa ses mon ma mes ton ta tes je moi votre vos notre leur suis ai as avez avons peux peut pouvez dois doit " +
    "devrais faut veux voudrais besoin faire savoir dire aide aider bonjour merci quelque chose comment quand pourquoi quel " +
    "quelle quels quelles tout tous bien " +
    'der die das den dem des ein eine einen einem einer und oder aber ist sind war zu im mit von fur auf an als wie nicht auch ' +
    'sie ihr wir ich es mein meine meinen meinem meiner mir mich dir dich kann konnen konnte soll sollte muss brauche mochte ' +
    'will wissen sagen hilfe helfen bitte danke hallo etwas was wer wann wo warum welche welcher welches ob dass gibt habe hat ' +
    'haben bin jetzt heute wen wem quien quienes'
  ).split(' '),
);

/**
 * Chinese characters that carry grammar, not subject (particles, pronouns, "can", "want"):
 * a character pair holding one is no evidence.
 */
export const GENERIC_HAN = new Set([...'的了吗呢吧啊我你他她它们是在有和与或就都也还这那个么什怎请能要想该会把被给让从到不没一些可以吗']);
