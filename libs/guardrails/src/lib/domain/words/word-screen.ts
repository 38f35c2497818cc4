import type { GuardrailAction, GuardrailFinding } from '../finding';
import { findWords } from './find-words';
import { ALL_PROFANITY } from './profanity-list';
import { compileWords, type CompiledWords } from './word-entries';

/**
 * What a word list does with a hit: `flag` records a finding and changes nothing, `redact`
 * masks the word, `block` refuses the text. (For PII "none" means ignore; a word list that
 * should be ignored is simply not configured, so `flag` is the weakest action here.)
 */
export type WordAction = 'flag' | 'redact' | 'block';

/** A tenant's word list (or the managed profanity list): its name becomes the finding's label. */
export interface WordFilter {
  name: string;
  /** Words or phrases; `word*` for every word starting so; see `compileWords`. */
  words: readonly string[];
  action: WordAction;
  /** What a redacted word is replaced with. */
  mask?: string;
}

/**
 * The profanity list's default actions. A customer who swears is still asking something, and
 * their anger is what escalation's sentiment rule needs to see, so input only flags it (the
 * finding counts it for analytics, the words go on unchanged). Our own answers have no reason
 * to swear, but quoting the customer can make them, so output masks the word and keeps the
 * answer; insults aimed at the customer are blocked by the toxicity check.
 */
export const DEFAULT_PROFANITY: Readonly<{ input: WordAction | 'off'; output: WordAction | 'off' }> = { input: 'flag', output: 'redact' };

/** Label of the managed profanity list's findings, as Bedrock names its managed list. */
export const PROFANITY_LABEL = 'PROFANITY';
export const DEFAULT_WORD_MASK = '***';

const FINDING_ACTION: Readonly<Record<WordAction, GuardrailAction>> = { flag: 'none', redact: 'redact', block: 'block' };

/** The managed profanity list with the given action, or no filter when it is off. */
export function profanityFilter(action: WordAction | 'off'): WordFilter[] {
  return action === 'off' ? [] : [{ name: PROFANITY_LABEL, words: ALL_PROFANITY, action, mask: DEFAULT_WORD_MASK }];
}

/**
 * Word filters compiled together, so a text is scanned once whatever the number of lists.
 * Built once per tenant policy, not per message.
 */
export class WordScreen {
  private readonly words: CompiledWords;

  private constructor(private readonly filters: readonly WordFilter[]) {
    this.words = compileWords(filters.map((f) => f.words));
  }

  static of(filters: readonly WordFilter[]): WordScreen {
    return new WordScreen(filters);
  }

  get empty(): boolean {
    return this.filters.length === 0;
  }

  /** One `word_filter` finding per listed word found, labelled with its filter's name, in text order. */
  find(text: string): GuardrailFinding[] {
    if (this.empty) return [];
    return findWords(text, this.words).map((hit) => {
      const filter = this.filters[hit.list]!;
      return { type: 'word_filter', action: FINDING_ACTION[filter.action], label: filter.name, start: hit.start, end: hit.end };
    });
  }

  /** The mask of a filter by name; `undefined` for a label that is not a word filter. */
  maskOf(label: string | undefined): string | undefined {
    const filter = this.filters.find((f) => f.name === label);
    return filter && (filter.mask ?? DEFAULT_WORD_MASK);
  }
}
