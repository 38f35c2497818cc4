/**
 * Whether a question asks for a refund or a cancellation (SPEC ES-06, for premium customers),
 * on folded text (lowercase, no accents, ß as ss). Unlike `requestedRefund` no amount is
 * needed: for a premium customer the request itself is sensitive. Returns and exchanges are
 * not on the lists: they are routine questions the knowledge base answers.
 */
const REFUND: readonly RegExp[] = [
  /\brefund\w*|\bmoney\s+back\b|\breimburs\w*|\bchargeback\b/,
  /\breembols\w*|\bdevolucion\s+del?\s+(?:mi\s+)?dinero\b|\b(?:devolver(?:me|nos)?|devuelvan?(?:me)?)\s+(?:el|mi)\s+dinero\b/,
  /\brembours\w*|\b(?:recuperer|rendre|rendez-moi)\s+(?:mon\s+|l')argent\b/,
  // "erstattung" only with a known prefix: Berichterstattung is reporting, not a refund.
  /\b(?:ruck|zuruck|kosten|preis)?erstattung\w*|\b(?:ruck|zuruck)erstatt\w*|\b(?:geld|betrag|kaufpreis)\s+(?:\w+\s+)?(?:zuruck|erstatten)\b/,
  /退款|退钱|退费|退还|返还/,
];

/**
 * "cancel…" covers English, and Spanish "cancelar"/"cancelación" too. German "kündigen" folds to
 * "kundigen", which is also an inflection of "kundig" (knowledgeable): rare in a support question,
 * so accepted. Chinese 取消 is not counted after a verb ending in 取 (获取消息 is "get messages").
 */
const CANCELLATION: readonly RegExp[] = [
  /\bcancel\w*|\bterminate\s+(?:my|the|our)\s+(?:subscription|contract|membership|account|plan)\b/,
  /\banul(?:a|ar|e|en|o|ad[oa]s?|acion(?:es)?|ar(?:lo|la|me))\b|\b(?:dar|darme|darnos|darse|den|denme|deme)\s+de\s+baja\b|\b(?:solicitar|pedir|tramitar|quiero)\s+la\s+baja\b/,
  /\bannul\w*|\bresili\w*/,
  /\bstorn\w*|\b(?:ge)?kundig(?:e|en|t|te|ung\w*)\b|\bwiderruf\w*|\babbestell\w*|\bvom\s+vertrag\s+zurucktreten\b/,
  /(?<![获提读领吸索争收听录选采换抽存汲截摄夺赚博骗])取消|退订|解约|撤单/,
];

/** True when the folded text asks for money back. */
export function asksForRefund(foldedText: string): boolean {
  return REFUND.some((p) => p.test(foldedText));
}

/** True when the folded text asks to cancel an order, a subscription or a contract. */
export function asksForCancellation(foldedText: string): boolean {
  return CANCELLATION.some((p) => p.test(foldedText));
}
