/**
 * Context rules that tell a phone number from other digit groups (identifiers, dates, years,
 * house numbers). The phone pattern is deliberately loose, so these carry its precision.
 */

/**
 * A label like "order #", "pedido nº", "ref:" or "license number is" right before a number
 * makes it an identifier, not a phone. Fillers between the label and the number are limited,
 * so "account phone number is …" still reads as a phone.
 */
const IDENTIFIER_CONTEXT =
  /\b(?:order|pedido|commande|bestellung|invoice|factura|facture|rechnung|tracking|ticket|ref(?:erence)?|case|licen[cs]e|passport|account|acct|member(?:ship)?|customer|policy|serial|id)(?:\s*(?:number|no\.?|n[º°o]\.?|#|nr\.?|num(?:ero)?\.?|is|was|:))*\s*[:#]?\s*$/i;

/** Words that announce a phone number; short (7-8 digit) numbers need one. */
const PHONE_CUE = /\b(?:phone|tel|telephone|mobile|cell(?:phone)?|fax|desk|landline|hotline|call(?:ing)?|ring|dial|text|sms|whatsapp|reach|contact|answering)\b/i;

/** How far back (in characters) a label or cue may sit and still describe the number. */
const CONTEXT_WINDOW = 30;

/** A house number run straight into a street name ("2450 Crown St", "2505 Heatherleigh Suite"). */
const STREET_AFTER =
  /^\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|Sq|Square|Ter|Terrace|Hwy|Highway|Suite|Apt)\b/u;

/** Every group a year (19xx/20xx): "2019 2020 2021" is a list of years, not a phone number. */
export const isListOfYears = (match: string): boolean => match.split(/[\s.-]+/).every((g) => /^(?:19|20)\d\d$/.test(g));

/** A calendar date, year first or last: "1978-04-13", "13.04.1978", "04/13/1978". */
export function isDate(match: string): boolean {
  const yearFirst = /^(?:19|20)\d\d([-./])(\d\d?)\1(\d\d?)$/.exec(match);
  const yearLast = /^(\d\d?)([-./])(\d\d?)\2(?:19|20)\d\d$/.exec(match);
  const [a, b] = yearFirst ? [yearFirst[2], yearFirst[3]] : yearLast ? [yearLast[1], yearLast[3]] : [];
  if (a === undefined || b === undefined) return false;
  const [x, y] = [Number(a), Number(b)];
  // Month and day in either order (ISO, European and US dates all occur).
  return x >= 1 && y >= 1 && ((x <= 12 && y <= 31) || (y <= 12 && x <= 31));
}

const before = (text: string, start: number): string => text.slice(Math.max(0, start - CONTEXT_WINDOW), start);

export const hasIdentifierLabel = (text: string, start: number): boolean => IDENTIFIER_CONTEXT.test(before(text, start));

export const hasPhoneCue = (text: string, start: number): boolean => PHONE_CUE.test(before(text, start));

export const isFollowedByStreetName = (text: string, end: number): boolean => STREET_AFTER.test(text.slice(end, end + 60));
