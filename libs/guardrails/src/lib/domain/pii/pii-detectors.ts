import { isIbanValid, isLuhnValid } from './checksums';
import type { PiiLabel } from './pii-policy';

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
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** A label like "order #", "pedido nº" or "ref:" right before a number makes it an identifier, not a phone. */
const IDENTIFIER_CONTEXT =
  /(?:order|pedido|commande|bestellung|invoice|factura|facture|rechnung|tracking|ticket|ref(?:erence)?|case)(?:\s*(?:number|no\.?|n[º°o]\.?|#|nr\.?|num(?:ero)?\.?))?\s*[:#]?\s*$/i;

/** Every group a year (19xx/20xx): "2019 2020 2021" is a list of years, not a phone number. */
const isListOfYears = (match: string): boolean => match.split(/[\s.-]+/).every((g) => /^(?:19|20)\d\d$/.test(g));

/**
 * The detectors in precedence order: when spans overlap, the earlier detector wins, so the
 * specific, checksum-validated entities claim their digits before the loose phone pattern can.
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
    // Contiguous 13-19 digits, 4-4-4-4(-3) groups, or Amex/Diners 4-6-5/4-6-4, one separator style.
    pattern: /(?<![\d-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![\d-])/g,
    accept: (match) => isLuhnValid(digitsOf(match)),
  },
  {
    label: 'US_SSN',
    // Area 000, 666 and 9xx, group 00 and serial 0000 are never issued.
    pattern: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g,
    accept: () => true,
  },
  {
    label: 'IP_ADDRESS',
    pattern: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g,
    accept: () => true,
  },
  {
    label: 'PHONE',
    // Optional +country, optional (area), then digit groups; `#` before it means an order number.
    pattern: /(?<![\w#+/.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,5}(?![\w/-]|\.\d)/g,
    accept: (match, text, start) => {
      const digitCount = digitsOf(match).length;
      if (digitCount < 9 || digitCount > 15) return false;
      if (isListOfYears(match)) return false;
      return !IDENTIFIER_CONTEXT.test(text.slice(Math.max(0, start - 30), start));
    },
  },
];
