import { normalizeTerm, type TopicText } from './topic-text';

const HAN = /\p{Script=Han}/u;

/**
 * A list of terms or phrases compiled for counting in a sentence. Every Latin entry is
 * indexed by its first word and looked up from the sentence's words (a sentence has a dozen
 * words, a topic a hundred terms, the asking cues as many): one-word terms in a set, word
 * sequences and gapped phrases under their first word. Chinese entries are tried only on
 * Chinese text.
 */
export class TermSet {
  private readonly words = new Set<string>();
  private readonly byFirstWord = new Map<string, Array<string | RegExp>>();
  private readonly han: Array<string | RegExp> = [];

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const term = normalizeTerm(entry);
      if (term === '') continue;
      const source = typeof term === 'string' ? term : term.source;
      if (HAN.test(source)) this.han.push(term);
      else if (typeof term === 'string' && !term.includes(' ')) this.words.add(term);
      else {
        // The first word of the part before any gap, normalised as the sentence's words are.
        const first = String(normalizeTerm(entry.split('*')[0]!)).split(' ')[0]!;
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), typeof term === 'string' ? ` ${term} ` : term]);
      }
    }
  }

  /** How many distinct entries occur in `text`, counting stops at `max`. */
  count(text: TopicText, max = Infinity): number {
    let n = 0;
    for (const word of text.words) {
      if (this.words.has(word) && ++n >= max) return n;
      for (const entry of this.byFirstWord.get(word) ?? []) if (found(entry, text.sequence) && ++n >= max) return n;
    }
    if (text.han) for (const entry of this.han) if (found(entry, text.compact) && ++n >= max) return n;
    return n;
  }

  has(text: TopicText): boolean {
    return this.count(text, 1) > 0;
  }
}

const found = (entry: string | RegExp, text: string): boolean => (typeof entry === 'string' ? text.includes(entry) : entry.test(text));
