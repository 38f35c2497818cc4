import type { PiiLabel } from '@sagewire/guardrails';

/** Our detector's labels as Presidio's entity types; the record makes a new label a type error here. */
export const PRESIDIO_TYPE_OF: Readonly<Record<PiiLabel, string>> = {
  CREDIT_CARD: 'CREDIT_CARD',
  US_SSN: 'US_SSN',
  BANK_ACCOUNT: 'US_BANK_NUMBER',
  EMAIL: 'EMAIL_ADDRESS',
  PHONE: 'PHONE_NUMBER',
  IBAN: 'IBAN_CODE',
  IP_ADDRESS: 'IP_ADDRESS',
  STREET_ADDRESS: 'STREET_ADDRESS',
  PERSON: 'PERSON',
};

/** The structured types a support platform must catch; the micro-average is over these. */
export const STRUCTURED_TYPES = ['CREDIT_CARD', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS'] as const;

/** Presidio types the detector can produce at all; the others are reported as "not detected". */
export const DETECTED_TYPES: ReadonlySet<string> = new Set(Object.values(PRESIDIO_TYPE_OF));
