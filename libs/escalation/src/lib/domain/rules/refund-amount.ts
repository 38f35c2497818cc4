/**
 * Finds the amount of money a customer asks back (SPEC ES-09: refunds over a threshold), on
 * folded text. The amount must share a sentence with a refund word, so "I paid $900 last
 * year. How do refunds work?" asks for no amount. A bare number counts only when written like
 * money (grouped thousands or two decimals): "refund for order 600123" names an order, not 600,123.
 */
const REFUND_WORD =
  /\brefund\w*|\bmoney\s+back\b|\breimburs\w*|\breembols\w*|\bdevolucion\s+del\s+dinero\b|\bdevolver(?:me|nos)?\s+(?:el|mi)\s+dinero\b|\brembours\w*|\b(?:ruck)?erstatt\w*|\bgeld\s+zuruck\b|退款|退钱|退还/;

/** Digits with optional grouping (`.`, `,`, `'`, no-break spaces) and decimals. */
const NUMBER = String.raw`\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CURRENCY_BEFORE = String.raw`[$€£¥]|\b(?:usd|eur|gbp|chf|cny|rmb|us\$)`;
const CURRENCY_AFTER = String.raw`[$€£¥元块]|(?:usd|eur|euros?|dollars?|dolares|gbp|pounds?|chf|francs?|cny|rmb|yuan|pesos?|mxn)\b|人民币`;
const MONEY_FORMATTED = String.raw`\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{2}`;
const AMOUNT = new RegExp(
  String.raw`(?:${CURRENCY_BEFORE})\s?(${NUMBER})|(?<![\d.,])(${NUMBER})\s?(?:${CURRENCY_AFTER})|(?<![\d.,#])(${MONEY_FORMATTED})(?![\d.,])`,
  'gu',
);

/** Sentence ends; a dot between digits is a decimal or thousands separator, not an end. */
const SENTENCE_END = /[!?;\n。！？；]+|\.(?!\d)|(?<!\d)\./;

/** An amount as written and as a number. */
export interface RequestedRefund {
  text: string;
  value: number;
}

/**
 * Reads "1.200,50", "1,200.50", "1'200" and "600" alike: the last separator is the decimal
 * point when one to two digits follow it, otherwise every separator groups thousands.
 */
export function parseAmount(written: string): number {
  const digits = written.replace(/[\s'\u00a0\u202f]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1] ?? ''}` : whole);
}

/** The largest amount sharing a sentence with a refund word, or undefined when there is none. */
export function requestedRefund(foldedText: string): RequestedRefund | undefined {
  let largest: RequestedRefund | undefined;
  for (const sentence of foldedText.split(SENTENCE_END)) {
    if (!REFUND_WORD.test(sentence)) continue;
    for (const match of sentence.matchAll(AMOUNT)) {
      const written = match[1] ?? match[2] ?? match[3];
      if (written === undefined) continue;
      const value = parseAmount(written);
      if (!largest || value > largest.value) largest = { text: match[0].trim(), value };
    }
  }
  return largest;
}
