import type { AttackPattern } from './attack-patterns';

const re = (source: string) => new RegExp(source);

// Spanish. Possessive or qualifier required: "olvida mi pedido anterior" and "las reglas del programa de puntos" must pass.
const ES_RULES = String.raw`(?:instrucciones|reglas|indicaciones|directrices|normas|ordenes|pautas|restricciones|politicas|configuracion|prompt)`;
const ES_DROP = String.raw`(?:olvida|olvidar|olvide|ignora|ignorar|ignore|descarta|descartar|omite|omitir|haz\s+caso\s+omiso\s+(?:a|de)|no\s+sigas|deja\s+de\s+seguir|no\s+hagas\s+caso\s+a|pasa\s+por\s+alto|saltate|anula|desobedece)`;
const ES_EARLIER = String.raw`(?:anteriores|previas|iniciales|originales|del\s+sistema|de\s+sistema|ocultas|secretas|internas|que\s+te\s+(?:dieron|han\s+dado|dio|programaron|indicaron))`;
// French.
const FR_RULES = String.raw`(?:instructions|consignes|regles|directives|indications|restrictions|politiques|parametres|prompt)`;
const FR_DROP = String.raw`(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|ne\s+(?:tiens|tenez)\s+(?:pas|plus)\s+compte|(?:fais|faites)\s+abstraction|passe\s+outre|passez\s+outre|laisse\s+tomber|laissez\s+tomber|mets\s+de\s+cote|annule|annulez|desobeis)`;
const FR_EARLIER = String.raw`(?:precedentes|anterieures|initiales|du\s+systeme|systeme|ci-dessus|d'origine|originales|cachees|secretes|internes|qu'on\s+(?:t'|vous\s+)a\s+donnees)`;
// German.
const DE_RULES = String.raw`(?:anweisungen|instruktionen|regeln|befehle|vorgaben|richtlinien|einschrankungen|programmierung|systemvorgaben|systemanweisungen|systemprompt)`;
const DE_DROP = String.raw`(?:ignoriere|ignorier|ignorieren\s+sie|vergiss|vergessen\s+sie|missachte|missachten\s+sie|uberschreibe|umgehe|umgehen\s+sie|(?:halte\s+dich|halten\s+sie\s+sich)\s+nicht\s+(?:mehr\s+)?an|befolge\s+nicht|befolgen\s+sie\s+nicht)`;
const DE_EARLIER = String.raw`(?:vorherigen|bisherigen|vorigen|obigen|fruheren|ursprunglichen|alten|internen|versteckten|geheimen)`;

export const EUROPEAN_PATTERNS: readonly AttackPattern[] = [
  // Spanish
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: re(String.raw`\b${ES_DROP}\s+(?:de\s+)?(?:todas\s+|todos\s+|todo\s+)?(?:(?:tus|sus)\s+(?:\w+\s+)?${ES_RULES}|(?:las|los|lo\s+de\s+las)\s+${ES_RULES}\s+${ES_EARLIER})`),
  },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: /\b(?:olvida|olvide|ignora|ignore|descarta)\s+(?:todo\s+)?lo\s+que\s+te\s+(?:dijeron|han\s+dicho|indicaron|ordenaron|programaron|dieron)|\bnuevas\s+(?:instrucciones|reglas|indicaciones)\s*:|\b(?:obedece|obedeces|obedeceras|obedecer)\s+(?:solo\s+|solamente\s+|unicamente\s+)?a\s+mi\b/,
  },
  { label: 'role_override', score: 0.9, pattern: /\bahora\s+eres\s+|\ba\s+partir\s+de\s+ahora\s+(?:eres|seras|actuaras|responderas)\b|\bya\s+no\s+eres\s+(?:un|una|el|la)\b/ },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern:
      /\b(?:actua|actuar|comportate|responde|contesta|finge|simula|interpreta|eres)\b.{0,60}\b(?:sin\s+(?:ninguna\s+|ningun\s+)?(?:restricciones|restriccion|limites|limitaciones|reglas|filtros|censura|etica)|(?:que\s+)?no\s+tiene\s+(?:ninguna\s+|ningun\s+)?(?:regla|restriccion|limite|filtro)s?)|\b(?:ia|inteligencia\s+artificial|asistente|chatbot|bot|modelo)\s+(?:malvad[oa]|sin\s+(?:restricciones|filtros|censura|limites|reglas))/,
  },
  { label: 'role_override', score: 0.85, pattern: /\bmodo\s+(?:desarrollador|dios|dan|sin\s+restricciones)\b.{0,60}\b(?:responde|contesta|sin\s+(?:restricciones|limitaciones|limites|filtros|censura))/ },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern: re(
      String.raw`\b(?:revela|muestra|muestrame|dime|ensename|repite|imprime|escribe|copia|cuales\s+son|cual\s+es|que)\b.{0,40}\b(?:(?:prompt|instrucciones|reglas|indicaciones)\s+${ES_EARLIER}|tu\s+prompt|(?:reglas|instrucciones)\s+te\s+dio\s+tu\s+desarrollador)|\bantes\s+de\s+(?:mi\s+primer\s+mensaje|esta\s+conversacion|nuestra\s+conversacion)\b`,
    ),
  },
  // French
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: re(String.raw`\b${FR_DROP}\s+(?:de\s+|des\s+)?(?:toutes\s+|tous\s+)?(?:(?:tes|vos)\s+(?:\w+\s+)?${FR_RULES}|(?:les|des)\s+${FR_RULES}\s+${FR_EARLIER}|${FR_RULES}\s+${FR_EARLIER})`),
  },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: /\b(?:oublie|oubliez|ignore|ignorez)\s+(?:tout\s+)?ce\s+qu'on\s+(?:t'|vous\s+)a\s+(?:dit|donne|demande)|\bnouvelles\s+(?:instructions|consignes|regles)\s*:|\bob[eé]i(?:s|ssez)[-\s]moi\b/,
  },
  {
    label: 'role_override',
    score: 0.9,
    pattern: /\b(?:tu\s+es|vous\s+etes)\s+(?:maintenant|desormais|a\s+present)\b|\b(?:a\s+partir\s+de\s+maintenant|desormais|dorenavant),?\s+(?:tu\s+es|tu\s+seras|vous\s+etes)\b|\btu\s+n'es\s+plus\s+(?:un|une|le|la|l')/,
  },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern:
      /\b(?:agis|agissez|comporte[-\s]toi|reponds|repondez|fais\s+semblant|faites\s+semblant|joue\s+le\s+role|simule)\b.{0,60}\b(?:sans\s+(?:aucune\s+|aucun\s+)?(?:restrictions?|limites?|limitations?|filtres?|censure|regles?)|(?:qui\s+)?n'a\s+aucune\s+(?:regle|restriction|limite)s?)|\b(?:ia|intelligence\s+artificielle|assistant|chatbot|bot|modele)\s+(?:malefique|malveillante?|sans\s+(?:restrictions?|filtres?|censure|limites?|regles?))/,
  },
  { label: 'role_override', score: 0.85, pattern: /\bmode\s+(?:developpeur|dieu|dan|sans\s+restrictions?)\b.{0,60}\b(?:reponds|repondez|sans\s+(?:aucune\s+)?(?:restrictions?|limitations?|limites?|filtres?|censure))/ },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern: re(
      String.raw`\b(?:revele|revelez|montre|montrez|affiche|affichez|dis|dites|repete|repetez|donne|donnez|ecris|copie|quelles\s+sont|quel\s+est)\b.{0,40}\b(?:prompt\s+(?:du\s+)?systeme|(?:ton|votre)\s+prompt|${FR_RULES}\s+${FR_EARLIER}|(?:regles|instructions|consignes)\s+(?:ton|votre)\s+developpeur)|\bavant\s+(?:mon\s+premier\s+message|cette\s+conversation|notre\s+conversation)\b`,
    ),
  },
  // German
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: re(String.raw`\b${DE_DROP}\s+(?:alle\s+)?(?:(?:deine|ihre|dein|ihr)\s+(?:\w+\s+)?${DE_RULES}|(?:die|den|der)\s+(?:${DE_EARLIER}\s+)?(?:systemvorgaben|systemanweisungen|systemprompt)|(?:die\s+)?${DE_EARLIER}\s+${DE_RULES})`),
  },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: /\b(?:vergiss|vergessen\s+sie|ignoriere)\s+alles,?\s+was\s+(?:dir|ihnen)\s+(?:\w+\s+)?(?:gesagt|befohlen|vorgegeben)\s+wurde|\bneue\s+(?:anweisungen|regeln|befehle)\s*:|\bgehorche\s+(?:nur\s+)?mir\b/,
  },
  { label: 'role_override', score: 0.9, pattern: /\b(?:ab\s+jetzt|ab\s+sofort|von\s+nun\s+an)\s+bist\s+du\b|\bdu\s+bist\s+(?:jetzt|nun|ab\s+sofort)\b|\bdu\s+bist\s+(?:kein|keine)\b.{0,40}\bmehr\b/ },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern:
      /\b(?:verhalte\s+dich|agiere|antworte|tu\s+so|spiele|simuliere)\b.{0,60}\b(?:ohne\s+(?:jegliche\s+|jede\s+)?(?:einschrankungen|beschrankungen|regeln|filter|zensur|grenzen)|keine\s+regeln\s+hat)|\b(?:ki|kunstliche\s+intelligenz|assistent|chatbot|bot|modell)\b,?\s+(?:die|der|das)\s+(?:\w+\s+){0,3}ohne\s+(?:einschrankungen|regeln|filter|zensur)|\bbose\s+ki\b/,
  },
  { label: 'role_override', score: 0.85, pattern: /\b(?:entwicklermodus|gott-?modus|dan-?modus)\b.{0,60}\b(?:antworte|ohne\s+(?:einschrankungen|beschrankungen|filter|zensur|regeln))/ },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern: re(
      String.raw`\b(?:zeig|zeige|zeigen\s+sie|verrate|gib|nenne|wiederhole|sag|sage|welche|was\s+(?:ist|sind|steht))\b.{0,40}\b(?:system-?prompt|systemanweisungen|deinen\s+prompt|${DE_EARLIER}\s+(?:anweisungen|regeln|instruktionen|prompt)|(?:regeln|anweisungen)\s+dir\s+dein\s+entwickler)|\bvor\s+(?:meiner\s+ersten\s+nachricht|diesem\s+gesprach|unserem\s+gesprach)\b`,
    ),
  },
  // Spanish, French and German addressed-to-the-AI notes in documents.
  {
    label: 'indirect_injection',
    score: 0.9,
    pattern:
      /\b(?:nota|mensaje|instrucciones?)\s+para\s+(?:la\s+)?ia\b|\b(?:note|message|instructions?)\s+(?:pour|a)\s+l'ia\b|\b(?:hinweis|nachricht|anweisung)\s+(?:an|fur)\s+(?:die\s+)?ki\b|(?:^|[.'"“«„(:]\s*)(?:asistente\s+de\s+ia|assistant\s+ia|ki-assistent|ki)\s*:/,
  },
];
