import type { GuardrailAction } from '../finding';

/** Personal-data entities the detectors recognise; each becomes the finding's `label`. */
export const PII_LABELS = ['CREDIT_CARD', 'US_SSN', 'BANK_ACCOUNT', 'EMAIL', 'PHONE', 'IBAN', 'IP_ADDRESS', 'STREET_ADDRESS', 'PERSON'] as const;

/** One of {@link PII_LABELS}. */
export type PiiLabel = (typeof PII_LABELS)[number];

/** What to do with each entity; a tenant overrides single labels (e.g. `EMAIL: 'none'`). */
export type PiiPolicy = Readonly<Record<PiiLabel, GuardrailAction>>;

/**
 * SPEC GR-08/GR-09: numbers that move money (cards, SSNs, bank accounts) block the question,
 * because a support chat is no place to hand them over and the customer should be told so;
 * `redactedText` still masks them, so they are never stored. Contact details, IBANs (needed
 * for refunds by transfer), addresses and names are anonymised: masking them still lets the
 * question be answered.
 */
export const DEFAULT_PII_POLICY: PiiPolicy = {
  CREDIT_CARD: 'block',
  US_SSN: 'block',
  BANK_ACCOUNT: 'block',
  EMAIL: 'redact',
  PHONE: 'redact',
  IBAN: 'redact',
  IP_ADDRESS: 'redact',
  STREET_ADDRESS: 'redact',
  PERSON: 'redact',
};

/**
 * The policy for generated answers, derived from the question's: an answer is never blocked
 * for a number in it (a card or account number is masked, so the rest still helps), and
 * street addresses and names are left alone, because in an answer they come from the
 * knowledge base (the returns address, the shop's name), not from the customer. A tenant's
 * `none` stays `none`.
 */
export function outputPiiPolicy(input: PiiPolicy): PiiPolicy {
  const relaxed = Object.fromEntries(Object.entries(input).map(([label, action]) => [label, action === 'block' ? 'redact' : action])) as Record<PiiLabel, GuardrailAction>;
  return { ...relaxed, STREET_ADDRESS: 'none', PERSON: 'none' };
}
