/**
 * The managed profanity list: common swear words and vulgar insults in the five supported
 * languages, curated by hand (no slurs, no dictionary dumps). Entry syntax as in
 * `compileWords`; `*` only where every word with that start is profane.
 *
 * The list is matched in every language at once, so a word that is innocent in another of
 * the languages is left out, however rude it is in its own: "con" (Spanish "with"), "cul"
 * (cul-de-sac), "bite" and "mist" (English), "coño" (folds to "cono", a cone), "hostia", "zorra",
 * "polla", "dick", "cock", "prick", "fick*" (would take "fickle"), "shit*" (would take
 * "shitake"), and in Chinese "我操" (inside 我操作) and "妈的" (inside 妈妈的).
 */
export const PROFANITY_WORDS: Readonly<Record<'en' | 'es' | 'fr' | 'de' | 'zh', readonly string[]>> = {
  en: [
    'fuck*', 'motherfuck*', 'shit', 'shits', 'shitty', 'shite', 'shithead', 'shitload', 'bullshit', 'horseshit', 'dipshit',
    'asshole*', 'arsehole*', 'bitch', 'bitches', 'bitchy', 'bastard', 'bastards', 'cunt*', 'dickhead*', 'wanker*', 'twat', 'twats',
    'bollocks', 'goddamn*', 'jackass', 'dumbass', 'douchebag*', 'piss', 'pissed', 'pissing', 'slut*', 'whore*', 'wtf', 'stfu',
  ],
  es: [
    'mierda', 'mierdas', 'joder', 'jodido*', 'jodida*', 'puta', 'putas', 'puto', 'putos', 'putada', 'cabron*', 'gilipollas',
    'pendejo*', 'pendeja*', 'chingar', 'chingada*', 'chingado*', 'carajo', 'culero*', 'cojones', 'follar', 'malparido*',
    'me cago en', 'verga',
  ],
  fr: [
    'merde', 'merdes', 'merdique', 'merdier', 'putain*', 'connard*', 'connasse*', 'salope*', 'salaud*', 'encule*', 'nique',
    'niquer', 'ta gueule', 'fais chier', 'chier', 'va te faire foutre', 'bordel', 'couilles', 'couillon*', 'emmerde*',
    'batard*', 'pute', 'putes', 'trou du cul',
  ],
  de: [
    'scheisse', 'scheiss*', 'arsch*', 'fotze*', 'wichser*', 'fick', 'ficken', 'fickt', 'gefickt', 'hurensohn*', 'schlampe*',
    'miststuck', 'drecksau', 'dreckskerl', 'kacke', 'pisser', 'verpiss dich', 'leck mich', 'halt die fresse', 'halts maul',
  ],
  zh: [
    '他妈的', '他娘的', '操你妈', '日你妈', '去你妈的', '草泥马', '傻逼', '煞笔', '傻b', '妈逼', '狗屎', '王八蛋', '混蛋', '卧槽',
    '婊子', '贱人', '滚蛋', '去死吧', '鸡巴', '狗日的', '放屁',
  ],
};

/** Every language's entries, as one list. */
export const ALL_PROFANITY: readonly string[] = Object.values(PROFANITY_WORDS).flat();
