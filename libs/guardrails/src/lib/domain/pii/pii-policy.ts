import type { GuardrailAction } from '../finding';

/** Personal-data entities the detectors recognise; each becomes the finding's `label`. */
export const PII_LABELS = ['CREDIT_CARD', 'US_SSN', 'EMAIL', 'PHONE', 'IBAN', 'IP_ADDRESS'] as const;

/** One of {@link PII_LABELS}. */
export type PiiLabel = (typeof PII_LABELS)[number];

/** What to do with each entity; a tenant overrides single labels (e.g. `CREDIT_CARD: 'block'`). */
export type PiiPolicy = Readonly<Record<PiiLabel, GuardrailAction>>;

/**
 * Everything is redacted by default, cards and SSNs included: the customer typed their own
 * data, and masking it still lets the question be answered where refusing would not.
 */
export const DEFAULT_PII_POLICY: PiiPolicy = {
  CREDIT_CARD: 'redact',
  US_SSN: 'redact',
  EMAIL: 'redact',
  PHONE: 'redact',
  IBAN: 'redact',
  IP_ADDRESS: 'redact',
};
