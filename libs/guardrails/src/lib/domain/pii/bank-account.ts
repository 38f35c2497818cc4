import { foldText } from '../text/fold-text';

/**
 * Account numbers have no checksum or format of their own (6 to 20 digits, in groups), so a
 * number is one only where the text calls it one, right before it: "account number", "acct",
 * "bank account", "cuenta bancaria", "numéro de compte", "Kontonummer", "银行账号". Bare
 * "account", "cuenta", "compte" and "账号" are left out: they name the customer's account
 * with the shop far more often than a bank account. IBANs have their own detector.
 */
const BANK_CUE =
  /(?:\bbank\s*account|\baccount\s*(?:number|no\b\.?|num\b\.?|nr\b\.?|#)|\bacct\b\.?|\b(?:checking|savings|current|deposit)\s+account|\bcuenta\s+(?:bancaria|corriente|de\s+ahorros?)|\b(?:numero|n[o°º]\.?)\s*de\s+(?:cuenta|compte)|\bcompte\s+(?:bancaire|courant|epargne)|\b(?:bank|giro|spar)?konto(?:nummer|-?nr\b\.?)?|银行账[号户]|银行卡号|账户号码)[^.!?\n\d]{0,20}$/u;

/** How far back (in characters) the cue may start. */
const CUE_WINDOW = 40;

/** Digits in up to seven groups joined by single spaces or dashes: "12345678", "2100 0418 45 0200051332". */
export const ACCOUNT_NUMBER = /(?<![\w-])\d{2,}(?:[ -]\d{2,}){0,6}(?![\w-])/g;

/** True when `match` (at `start` in `text`) has 6 to 20 digits and an account-number cue right before it. */
export function isCuedAccountNumber(match: string, text: string, start: number): boolean {
  const digits = match.replace(/\D/g, '').length;
  if (digits < 6 || digits > 20) return false;
  return BANK_CUE.test(foldText(text.slice(Math.max(0, start - CUE_WINDOW), start)));
}

/** Any cue's key word: a text without one has no account number, whatever its digits. */
const ANY_CUE = /account|acct|cuenta|compte|konto|账|卡号/i;
export const mayHaveAccountCue = (text: string): boolean => /\d/.test(text) && ANY_CUE.test(text);
