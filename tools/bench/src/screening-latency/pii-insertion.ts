import type { SeededRandom } from '../retrieval-scale/seeded-random';

/** The entities inserted into a question, in the order they appear in its text. */
export interface InsertedPii {
  readonly email: string;
  readonly phone: string;
  readonly card: string;
}

const FIRST = ['maria', 'john', 'li', 'fatima', 'olga', 'pedro', 'sam', 'anna'];
const LAST = ['garcia', 'smith', 'wang', 'haddad', 'ivanova', 'silva', 'lee', 'berg'];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net', 'example.co.uk'];
/** Card prefixes of the common schemes (Visa, Mastercard, Discover), all 16 digits long. */
const CARD_PREFIXES = ['4', '51', '55', '6011'];

/**
 * How a customer pastes their details around a question: before it, after it, or split.
 * Cues ("call me", "card") are the ones people write, not ones chosen to help the detector.
 */
const TEMPLATES: ReadonlyArray<(q: string, p: InsertedPii) => string> = [
  (q, p) => `${q} My email is ${p.email} and my phone is ${p.phone}. I paid with card ${p.card}.`,
  (q, p) => `Hi, I'm writing from ${p.email} (call me at ${p.phone}). ${q} The card was ${p.card}.`,
  (q, p) => `Card ${p.card}, reach me on ${p.phone} or ${p.email}. ${q}`,
];

/** Sets the last digit so the number passes the Luhn check, as real card numbers do. */
export function withLuhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // Doubling starts at the digit next to the check digit, i.e. the payload's last one.
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return `${payload}${(10 - (sum % 10)) % 10}`;
}

export function randomPii(random: SeededRandom): InsertedPii {
  const digits = (n: number) => Array.from({ length: n }, () => String(random.int(0, 9))).join('');
  const prefix = random.pick(CARD_PREFIXES);
  const card = withLuhnCheckDigit(`${prefix}${digits(15 - prefix.length)}`);
  const separator = random.pick([' ', '-', '']);
  const phones = [
    `+1 ${random.int(201, 989)}-555-${digits(4)}`,
    `(${random.int(201, 989)}) ${random.int(200, 999)}-${digits(4)}`,
    `+44 20 ${digits(4)} ${digits(4)}`,
    `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
  ];
  return {
    email: `${random.pick(FIRST)}.${random.pick(LAST)}${random.int(1, 99)}@${random.pick(DOMAINS)}`,
    phone: random.pick(phones),
    card: separator === '' ? card : card.match(/\d{4}/g)!.join(separator),
  };
}

/** The question with an email, a phone number and a card number around it. */
export function insertPii(question: string, random: SeededRandom): { text: string; pii: InsertedPii } {
  const pii = randomPii(random);
  return { text: random.pick(TEMPLATES)(question, pii), pii };
}
