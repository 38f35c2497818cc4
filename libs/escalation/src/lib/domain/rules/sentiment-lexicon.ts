/**
 * Word and phrase valences on folded text (lowercase, no accents, ß as ss) on VADER's scale,
 * -4 to +4, in EN/ES/FR/DE/ZH. Strong words (terrible, furious, worst) weigh about -3 and an
 * ordinary complaint ("does not work", "broken") about -1, so only several strong words, or
 * one boosted by intensifiers and exclamation marks, reach the escalation threshold. Words
 * common in technical questions ("error", "fail", "kill", "wrong") are left out on purpose.
 * Latin entries are matched on word boundaries; Chinese ones as substrings.
 */
export const VALENCES: readonly (readonly [RegExp, number])[] = [
  // English
  [/\b(?:terrible|horrible|awful|appalling|dreadful|disgusting|pathetic|atrocious|abysmal)\b/g, -3],
  [/\b(?:worst|furious|livid|outraged|enraged)\b/g, -3.2],
  [/\b(?:unacceptable|disgrace(?:ful)?|incompetents?|nightmare|scam(?:mers?)?|rip-?off|thieves|crooks)\b/g, -2.8],
  [/\b(?:hate|angry|ridiculous|shameful|garbage|crap|rubbish|fed\s+up|sick\s+of|never\s+again|waste\s+of\s+(?:my\s+)?(?:time|money))\b/g, -2.5],
  [/\b(?:useless|upset)\b/g, -2.2],
  [/\b(?:disappointed|disappointing|frustrated|frustrating|annoyed|annoying|fed-up)\b/g, -1.8],
  [/\b(?:bad|poor|broken|(?:does\s*n[o']?t|doesnt|do\s*n[o']?t|dont|did\s*n[o']?t|didnt|is\s*n[o']?t|isnt|wo\s*n[o']?t|wont)\s+work(?:ing)?)\b/g, -1],
  [/\b(?:great|excellent|love|amazing|wonderful|fantastic)\b/g, 3],
  [/\b(?:happy|perfect|pleased|glad)\b/g, 2.5],
  [/\b(?:good|satisfied|helpful|thanks|thank\s+you)\b/g, 1.8],
  // Spanish
  [/\b(?:pesim[oa]s?|asqueros[oa]s?|lamentable|vergonzos[oa]|penos[oa])\b/g, -3],
  [/\b(?:el|la|lo)\s+peor\b|\bfurios[oa]s?\b|\bindignad[oa]s?\b|\bque\s+asco\b/g, -3.2],
  [/\b(?:inaceptable|indignante|estafa(?:dores)?|ladrones|incompetentes?|una\s+verguenza)\b/g, -2.8],
  [/\b(?:odio|enojad[oa]s?|enfadad[oa]s?|hart[oa]s?|basura|ridicul[oa]|nunca\s+mas)\b/g, -2.5],
  [/\b(?:inutil(?:es)?|decepcionad[oa]s?|decepcionante|frustrad[oa]s?|frustrante|molest[oa]s?)\b/g, -1.8],
  [/\b(?:mal[oa]s?|no\s+funciona)\b/g, -1],
  [/\b(?:excelente|genial|encanta|maravillos[oa]|perfect[oa])\b/g, 3],
  [/\b(?:content[oa]s?|feliz|satisfech[oa]s?|buen[oa]s?|gracias)\b/g, 1.8],
  // French
  [/\b(?:affreu(?:x|se)|deplorable|minable|catastrophique|degoutant)\b/g, -3],
  [/\b(?:le|la)\s+pire\b|\bfurieu(?:x|se)\b|\bscandaleu(?:x|se)\b/g, -3.2],
  [/\b(?:inadmissible|inacceptable|arnaque|escroc(?:s|querie)?|voleurs|honteu(?:x|se)|une\s+honte)\b/g, -2.8],
  [/\b(?:nul(?:le)?|en\s+colere|j'en\s+ai\s+marre|ras\s+le\s+bol|deteste|plus\s+jamais)\b/g, -2.5],
  [/\b(?:decu(?:e)?s?|decevant|enerve(?:e)?s?|agace(?:e)?s?|frustre(?:e)?s?|frustrant)\b/g, -1.8],
  [/\b(?:mauvais(?:e)?|ne\s+(?:fonctionne|marche)\s+pas)\b/g, -1],
  [/\b(?:excellente|geniale|parfait(?:e)?|formidable)\b/g, 3],
  [/\b(?:content(?:e)?|heureu(?:x|se)|satisfait(?:e)?|merci)\b/g, 1.8],
  // German
  [/\b(?:schrecklich\w*|furchtbar\w*|entsetzlich\w*|katastrophal\w*|miserabel\w*|unverschamt\w*|scheisse)\b/g, -3],
  [/\b(?:schlechtester?|schlechtesten|wutend\w*|zum\s+kotzen)\b/g, -3.2],
  [/\b(?:inakzeptabel|frechheit|betrug|betruger|abzocke|inkompetent\w*)\b/g, -2.8],
  [/\b(?:hasse|verargert\w*|mies\w*|nie\s+wieder|die\s+nase\s+voll)\b/g, -2.5],
  [/\b(?:nutzlos\w*|enttauscht\w*|enttauschend\w*|frustriert\w*|frustrierend\w*|genervt)\b/g, -1.8],
  [/\b(?:schlecht|schlechte[nrs]?|funktioniert\s+nicht)\b/g, -1],
  [/\b(?:hervorragend\w*|toll\w*|ausgezeichnet\w*|perfekt\w*|wunderbar\w*)\b/g, 3],
  [/\b(?:zufrieden|glucklich\w*|gut(?:e[nrs]?)?|danke)\b/g, 1.8],
  // Chinese
  [/糟糕|恶心|糟透|太烂|很烂|烂透/g, -3],
  [/最差|愤怒|气死|差劲/g, -3.2],
  [/骗子|诈骗|欺诈|坑人|无法接受|不可接受|垃圾/g, -2.8],
  [/生气|恼火|受够|讨厌|离谱/g, -2.5],
  [/失望|不满(?!意)|没用/g, -1.8],
  [/不能用|无法使用|用不了/g, -1],
  [/满意|很好|太好|开心|高兴|谢谢/g, 2],
];

/** Words that flip the valence of a following one ("not happy", "pas content", "nicht gut"). */
export const NEGATORS =
  /^(?:not|no|never|nothing|without|cannot|\w+n't|dont|doesnt|didnt|isnt|wasnt|arent|cant|wont|nunca|ni|sin|tampoco|pas|ne|n'\w*|jamais|aucun|sans|nicht|kein\w*|nie|niemals|ohne)$/;
export const ZH_NEGATORS = /[不没无别]$|没有$/;

/** Words that strengthen a following one ("absolutely terrible", "muy malo", "sehr schlecht"). */
export const INTENSIFIERS =
  /^(?:very|really|so|too|extremely|absolutely|totally|completely|utterly|incredibly|super|muy|tan|totalmente|realmente|completamente|absolutamente|extremadamente|tres|vraiment|tellement|completement|totalement|absolument|extremement|trop|sehr|total|wirklich|absolut|extrem|vollig|echt|komplett)$/;
export const ZH_INTENSIFIERS = /(?:非常|很|太|真|超|极其|特别|十分)$/;
