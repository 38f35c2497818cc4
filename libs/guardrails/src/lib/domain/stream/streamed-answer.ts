import { SentenceSplitter } from '../sentences/sentence-splitter';

/**
 * The sentences of an answer as its chunks arrive: chunks are taken once each (a redelivered
 * or regenerated chunk repeats a `sequence` already seen) and fed to the splitter strictly in
 * sequence order, so a chunk that overtook a missing one waits for it.
 *
 * Sentence numbering invariant: the splitter only closes a sentence once the text after it
 * decides the boundary, so the sentences found in any prefix of a text are the first
 * sentences of the whole text. The chunks concatenate to exactly the answer text (each
 * carries its leading whitespace), hence `sentences` is always a prefix of
 * `sentencesOf(answerText)` and both number every sentence alike.
 */
export class StreamedAnswer {
  private readonly splitter = new SentenceSplitter();
  private readonly waiting = new Map<number, string>();
  private nextSequence = 0;
  private readonly complete: string[] = [];

  /** The sentences completed so far; index = sentence index. */
  get sentences(): readonly string[] {
    return this.complete;
  }

  /** Takes a chunk; returns false for a sequence already taken (a duplicate). */
  add(sequence: number, text: string): boolean {
    if (sequence < this.nextSequence || this.waiting.has(sequence)) return false;
    this.waiting.set(sequence, text);
    for (let next = this.waiting.get(this.nextSequence); next !== undefined; next = this.waiting.get(this.nextSequence)) {
      this.waiting.delete(this.nextSequence);
      this.nextSequence++;
      this.complete.push(...this.splitter.push(next));
    }
    return true;
  }
}

/** Every sentence of a whole answer, the last one included even without a terminator. */
export function sentencesOf(answerText: string): string[] {
  const splitter = new SentenceSplitter();
  const sentences = splitter.push(answerText);
  const rest = splitter.flush();
  return rest === undefined ? sentences : [...sentences, rest];
}
