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
