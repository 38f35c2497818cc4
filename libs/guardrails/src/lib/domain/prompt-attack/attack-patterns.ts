/**
 * Phrases of prompt injection and jailbreak attempts, matched against folded text (lowercase,
 * no accents; see `foldText`). Each pattern needs the attack's object ("previous instructions",
 * "system prompt", "without restrictions"), not just its verb: customers legitimately ask to
 * ignore emails or have us act as a guide, and those must pass.
 */
export interface AttackPattern {
  label: 'ignore_instructions' | 'system_prompt_extraction' | 'role_override' | 'restriction_bypass';
  /** How sure a match makes us; all are high enough to block, the order helps triage. */
  score: number;
  pattern: RegExp;
}

const FILLER = String.raw`(?:(?:all|any|of|the|your|these|those|my)\s+)*`;
const EARLIER = String.raw`(?:previous|prior|above|earlier|preceding|initial|original|former)`;
const RULES = String.raw`(?:instructions?|prompts?|rules|directions|directives|guidelines|commands|programming)`;

/** Attack phrasings by language; detection keeps the highest-scoring match. */
export const ATTACK_PATTERNS: readonly AttackPattern[] = [
  // English
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: new RegExp(String.raw`\b(?:ignore|disregard|forget|override|bypass)\s+${FILLER}${EARLIER}\s+${RULES}`),
  },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: new RegExp(
      String.raw`\b(?:ignore|disregard|forget|override|bypass)\s+${FILLER}(?:system\s+(?:prompt|message|instructions)|(?:your|its)\s+${RULES})`,
    ),
  },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern:
      /\b(?:reveal|show|print|repeat|display|output|leak|tell|give|what\s+(?:is|are|was))\b.{0,20}\b(?:system\s+(?:prompt|message)|(?:initial|hidden|original|secret)\s+(?:prompt|instructions))/,
  },
  {
    label: 'role_override',
    score: 0.95,
    pattern: /\b(?:you\s+are\s+now|from\s+now\s+on\s+you\s+are|pretend\s+(?:to\s+be|you\s+are))\s+(?:dan|an?\s+(?:unrestricted|unfiltered|uncensored|jailbroken|evil))\b/,
  },
  { label: 'role_override', score: 0.9, pattern: /\b(?:do\s+anything\s+now|(?:dan|developer|god)\s+mode)\b/ },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern:
      /\b(?:act|behave|respond|answer|pretend|roleplay)\b.{0,60}\b(?:without|with\s+no|free\s+(?:of|from)|ignoring)\s+(?:any\s+)?(?:restrictions|limits|limitations|rules|filters|guidelines|censorship|safety)/,
  },
  // Spanish
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern:
      /\b(?:olvida|olvidar|ignora|ignorar|descarta|omite|haz\s+caso\s+omiso\s+de)\s+(?:todas\s+|todo\s+)?(?:las\s+|tus\s+|lo\s+de\s+las\s+)?(?:instrucciones|reglas|indicaciones|ordenes)\s+(?:anteriores|previas|iniciales|originales|del\s+sistema)/,
  },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern: /\b(?:revela|muestra|muestrame|dime|ensename|repite)\b.{0,20}\b(?:prompt|instrucciones)\s+(?:del\s+sistema|de\s+sistema|iniciales|ocultas|originales)/,
  },
  { label: 'role_override', score: 0.95, pattern: /\bahora\s+eres\s+(?:dan|una?\s+ia\s+sin\s+(?:restricciones|filtros|limites))\b/ },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: /\b(?:actua|comportate|responde|finge)\b.{0,60}\bsin\s+(?:ninguna\s+|ningun\s+)?(?:restricciones|restriccion|limites|reglas|filtros|censura)/,
  },
  // French
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: /\b(?:ignore|ignorez|oublie|oubliez)\s+(?:toutes\s+)?(?:les\s+|tes\s+|vos\s+)?(?:instructions|consignes|regles)\s+(?:precedentes|anterieures|initiales|du\s+systeme)/,
  },
  { label: 'system_prompt_extraction', score: 0.9, pattern: /\b(?:revele|revelez|montre|montrez|affiche|affichez)\b.{0,20}\bprompt\s+(?:du\s+)?systeme/ },
  // German
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: /\b(?:ignoriere|ignorieren\s+sie|vergiss|vergessen\s+sie)\s+(?:alle\s+)?(?:vorherigen|bisherigen|vorigen|obigen|fruheren)\s+(?:anweisungen|instruktionen|regeln|befehle)/,
  },
  { label: 'system_prompt_extraction', score: 0.9, pattern: /\b(?:zeige|zeig|verrate|gib)\b.{0,20}\b(?:system\s*prompt|systemanweisungen)/ },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: /\b(?:verhalte\s+dich|agiere|antworte|tu\s+so)\b.{0,60}\bohne\s+(?:jegliche\s+)?(?:einschrankungen|beschrankungen|regeln|filter)/,
  },
];
