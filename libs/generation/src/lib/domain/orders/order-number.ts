/**
 * An order number in a customer's message, for the local answerer (a real model finds it
 * itself): `SW-10041`, `ORD-778812`, `#12345`, or four or more digits right after the word
 * for "order" in a supported language ("order 12345", "pedido 12345", "订单 12345"). Bare
 * digits elsewhere are not taken: they are more often a phone number, a date or an amount.
 */
const PREFIXED = /(?:^|[^\p{L}\p{N}-])(#?[A-Za-z]{2,5}-\d{4,12})(?![\p{L}\p{N}])/u;
const HASHED = /(?:^|[^\p{L}\p{N}])#(\d{4,12})(?![\p{L}\p{N}])/u;
const AFTER_ORDER_WORD = /(?:order|pedido|commande|bestellung|订单)\s*(?:number|no\.?|nr\.?|n[°º]|número|numéro|nummer|号)?\s*[:#]?\s*(\d{4,12})(?![\p{L}\p{N}])/iu;

export function orderNumberIn(text: string): string | undefined {
  const found = PREFIXED.exec(text)?.[1] ?? HASHED.exec(text)?.[1] ?? AFTER_ORDER_WORD.exec(text)?.[1];
  return found?.replace(/^#/, '').toUpperCase();
}
