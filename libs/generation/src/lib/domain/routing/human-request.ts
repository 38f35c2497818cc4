/**
 * Explicit requests for a human, in the five supported languages, matched on folded text
 * (lowercase, no accents). Each needs both the ask ("talk to", "hablar con") and the person
 * ("agent", "persona"), so "Can my agent collect the parcel?" is not a request.
 * The escalation service keeps its own copy: services share no code.
 */
const HUMAN_REQUEST_PATTERNS: readonly RegExp[] = [
  /\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:(?:a|an|some|the|your)\s+)?(?:real\s+|live\s+)?(?:human|person|agent|representative|rep|someone|somebody|operator|manager|supervisor)\b/,
  /\b(?:connect|transfer|put)\s+me\s+(?:to|through\s+to|with)\s+(?:(?:a|an|the)\s+)?(?:real\s+|live\s+)?(?:human|person|agent|representative|operator|manager|someone)\b/,
  /\b(?:human|live)\s+(?:agent|representative|operator)\b|\breal\s+(?:person|human)\b/,
  /\bhablar\s+con\s+(?:(?:una|un|el|la)\s+)?(?:persona|humano|agente|asesor|operador|encargado|gerente|supervisor|alguien)\b/,
  /\bagente\s+humano\b|\bpersona\s+real\b|\b(?:pasame|paseme|comunicame|comuniqueme)\s+con\b/,
  /\bparler\s+(?:a|avec)\s+(?:(?:un|une|le|la)\s+)?(?:vrai\s+|vraie\s+)?(?:conseiller|conseillere|humain|agent|operateur|personne|responsable|quelqu'un)\b/,
  /\bconseiller\s+humain\b|\bvraie\s+personne\b/,
  /\bmit\s+(?:einem|einer|jemandem)(?:\s+(?:echten|richtigen))?(?:\s+(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|agenten|person))?\s+(?:sprechen|reden)\b/,
  /\b(?:echten|richtigen)\s+menschen\b|\bmenschlichen\s+(?:mitarbeiter|berater|agenten)\b/,
  /人工客服|转人工|人工服务|找人工|真人客服|人工坐席/,
];

/** True when the folded text asks for a human agent. */
export function asksForHuman(foldedText: string): boolean {
  return HUMAN_REQUEST_PATTERNS.some((p) => p.test(foldedText));
}
