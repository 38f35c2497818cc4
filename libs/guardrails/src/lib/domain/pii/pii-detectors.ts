import { ACCOUNT_NUMBER, isCuedAccountNumber, mayHaveAccountCue } from './bank-account';
import { isIbanValid, isLuhnValid } from './checksums';
import { isIpv6 } from './ip-address';
import { mayHaveNameCue, PERSON_NAME } from './person-name';
import { hasIdentifierLabel, hasPhoneCue, isDate, isFollowedByStreetName, isListOfYears } from './phone-rules';
import type { PiiLabel } from './pii-policy';
import { ADDRESS_FORMS, isStreetAddress } from './street-address';

/** A half-open span `[start, end)` of the text holding one entity. */
export interface Span {
  start: number;
  end: number;
}

/** Finds one kind of entity; patterns propose candidates, `accept` weeds out look-alikes. */
export interface PiiDetector {
  label: PiiLabel;
  pattern: RegExp;
  accept: (match: string, text: string, start: number) => boolean;
  /** A cheap look at the whole text, for patterns too costly to try at every position of every sentence. */
  applies?: (text: string) => boolean;
  /** The entity is the captured group that matched (of alternatives), ending the match: a name after its cue. */
  entityIsGroup?: boolean;
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * 12-digit numbers are only Maestro cards (IINs 50, 56-69); other 12-digit runs passing Luhn
 * (one in ten do by chance) are more likely identifiers.
 */
const isPlausibleCard = (digits: string): boolean => isLuhnValid(digits) && (digits.length > 12 || /^(?:50|5[6-9]|6)/.test(digits));

/** "SSN", "social security (number)", "SS#" shortly before a number that has no dashes. */
const SSN_CUE = /(?:\bssn|social security|\bss\s?#)[^\d]{0,20}$/i;

/** A trailing extension ("x4587", "ext. 12") is part of the phone span but not of its digit count. */
const EXTENSION = /\s?(?:x|ext\.?|extension)\s?\d{1,6}$/i;

/**
 * The detectors in precedence order: when spans overlap, the earlier detector wins, so the
 * specific, checksum-validated entities claim their digits before the cued account number,
 * and all of them before the street address's house number and the loose phone pattern.
 */
export const PII_DETECTORS: readonly PiiDetector[] = [
  {
    label: 'EMAIL',
    pattern: /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    accept: () => true,
  },
  {
    label: 'IBAN',
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi,
    accept: (match) => isIbanValid(match),
  },
  {
    label: 'CREDIT_CARD',
    // Contiguous 12-19 digits, 4-4-4(-4(-3)) groups, or Amex/Diners 4-6-5/4-6-4, one separator
    // style. A letter or dash attached on either side makes it part of an identifier.
    pattern: /(?<![\w-])(?:\d{12,19}|\d{4}([ -])\d{4}\1\d{4}(?:\1\d{4}(?:\1\d{3})?)?|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-])/g,
    accept: (match) => isPlausibleCard(digitsOf(match)),
  },
  {
    label: 'US_SSN',
    // Area 000, 666 and 9xx, group 00 and serial 0000 are never issued.
    pattern: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g,
    accept: () => true,
  },
  {
    label: 'US_SSN',
    // Spaced or bare nine digits are too common to be an SSN on their own: they need a cue.
    pattern: /(?<![\w-])(?!000|666|9\d\d)\d{3}( ?)(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])/g,
    accept: (_match, text, start) => SSN_CUE.test(text.slice(Math.max(0, start - 40), start)),
  },
  {
    label: 'BANK_ACCOUNT',
    pattern: ACCOUNT_NUMBER,
    accept: (match, text, start) => isCuedAccountNumber(match, text, start),
    applies: mayHaveAccountCue,
  },
  {
    label: 'IP_ADDRESS',
    // IPv6 candidates (hextets and colons, maybe an IPv4 tail); `isIpv6` checks the structure.
    pattern: /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4})(?![\w:]|\.\d)/gi,
    accept: (match) => isIpv6(match),
  },
  {
    label: 'IP_ADDRESS',
    pattern: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g,
    accept: () => true,
  },
  ...ADDRESS_FORMS.map(
    (form): PiiDetector => ({ label: 'STREET_ADDRESS', pattern: form.pattern, accept: (match) => isStreetAddress(match), applies: form.applies }),
  ),
  {
    label: 'PERSON',
    pattern: PERSON_NAME,
    accept: () => true,
    applies: mayHaveNameCue,
    entityIsGroup: true,
  },
  {
    label: 'PHONE',
    // Optional +country, optional (area) or (0), digit groups, optional extension; `#` before
    // it means an order number, `=` or `%` a URL parameter, `:` after a digit group a time.
    pattern: /(?<![\w#+/.=%-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,5}(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\w/-]|[.:]\d)/gi,
    accept: (match, text, start) => {
      const number = match.replace(EXTENSION, '');
      const digitCount = digitsOf(number).length;
      if (digitCount < 7 || digitCount > 15) return false;
      if (isListOfYears(number) || isDate(number)) return false;
      if (hasIdentifierLabel(text, start) || isFollowedByStreetName(text, start + match.length)) return false;
      // Seven or eight digits are a local number only where the text says it is a phone.
      return digitCount >= 9 || hasPhoneCue(text, start);
    },
  },
];
