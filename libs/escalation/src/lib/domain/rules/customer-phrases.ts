/**
 * What customers write when they want a human or threaten legal action, matched on folded
 * text (lowercase, no accents). The generation router has its own copy of the human-request
 * list (services share no code); a routed `escalate` reaches us as `routedComplexity` too.
 */
const HUMAN_REQUEST: readonly RegExp[] = [
  /\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:(?:a|an|some|the|your)\s+)?(?:real\s+|live\s+)?(?:human|person|agent|representative|rep|someone|somebody|operator|manager|supervisor)\b/,
  /\b(?:connect|transfer|put)\s+me\s+(?:to|through\s+to|with)\s+(?:(?:a|an|the)\s+)?(?:real\s+|live\s+)?(?:human|person|agent|representative|operator|manager|someone)\b/,
  /\b(?:human|live)\s+(?:agent|representative|operator)\b|\breal\s+(?:person|human)\b|\bescalate\s+(?:this|my|it)\b/,
  /\bhablar\s+con\s+(?:(?:una|un|el|la)\s+)?(?:persona|humano|agente|asesor|operador|encargado|gerente|supervisor|alguien)\b/,
  /\bagente\s+humano\b|\bpersona\s+real\b|\b(?:pasame|paseme|comunicame|comuniqueme)\s+con\b/,
  /\bparler\s+(?:a|avec)\s+(?:(?:un|une|le|la)\s+)?(?:vrai\s+|vraie\s+)?(?:conseiller|conseillere|humain|agent|operateur|personne|responsable|quelqu'un)\b/,
  /\bconseiller\s+humain\b|\bvraie\s+personne\b/,
  /\bmit\s+(?:einem|einer|jemandem)(?:\s+(?:echten|richtigen))?(?:\s+(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|agenten|person))?\s+(?:sprechen|reden)\b/,
  /\b(?:echten|richtigen)\s+menschen\b|\bmenschlichen\s+(?:mitarbeiter|berater|agenten)\b/,
  /人工客服|转人工|人工服务|找人工|真人客服|人工坐席/,
];

/**
 * Legal threats. "sue" needs an object or an intent ("sue you", "I'll sue") because Sue is
 * also a name; Spanish "demanda" needs an article or verb form, because it also means demand.
 */
const LEGAL_THREAT: readonly RegExp[] = [
  /\b(?:lawyers?|attorneys?|lawsuit|legal\s+action|small\s+claims)\b|\btake\s+(?:you|this|it)\s+to\s+court\b/,
  /\b(?:sue|suing)\s+(?:you|your|the|this|them|u)\b|\b(?:will|i'll|going\s+to|gonna)\s+sue\b/,
  /\babogad[oa]s?\b|\b(?:una|la|poner)\s+demanda\b|\bdemandar(?:los|les|te|la|lo)?\b|\bdemandare\b/,
  /\bavocats?\b|\bpoursuivre\s+en\s+justice\b|\bporter\s+plainte\b/,
  /\b(?:rechts)?anwalt(?:in)?\b|\bverklagen\b|\bklage\s+einreichen\b/,
  /律师|起诉|法律行动/,
];

/** True when the folded text asks for a human agent. */
export function asksForHuman(foldedText: string): boolean {
  return HUMAN_REQUEST.some((p) => p.test(foldedText));
}

/** True when the folded text threatens legal action. */
export function threatensLegalAction(foldedText: string): boolean {
  return LEGAL_THREAT.some((p) => p.test(foldedText));
}
