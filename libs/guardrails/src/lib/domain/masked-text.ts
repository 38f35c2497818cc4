import type { GuardrailFinding } from './finding';
import { redact } from './pii/redact';
import type { WordScreen } from './words/word-screen';

/**
 * The text as it may be shown or stored: personal data as `[LABEL]`, filtered words with
 * their filter's mask (`***`). Flagged words (action `none`) stay: they are only counted.
 */
export function maskedText(text: string, pii: readonly GuardrailFinding[], words: readonly GuardrailFinding[], screen: WordScreen): string {
  const masked = [...pii, ...words.filter((w) => w.action !== 'none')];
  return redact(text, masked, (f) => (f.type === 'word_filter' ? screen.maskOf(f.label) : undefined));
}
