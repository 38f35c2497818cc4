import { isNonTerminalDot } from './abbreviations';

const TERMINATORS = '.!?';
/** Full-width terminators end a sentence at once: CJK text puts no space after them. */
const CJK_TERMINATORS = '。！？';
/** Closing quotes and brackets after a terminator belong to the sentence it ends. */
const CLOSERS = '"\'”’)]»」』';
/** Citation markers a model put after the full stop ("… delivery. [1][2] Next …") belong to that sentence. */
const MARKER_RUN = /^(?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])+/;
/** What could still grow into such markers: wait for more text before deciding. */
const MARKERS_SO_FAR = /^(?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])*\s*\[[\d,;\s]*$|^(?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])+\s*$/;

/**
 * Splits a stream of text chunks (a model's streamed answer) into complete sentences, so each
 * can be screened before the customer sees it. A sentence ends at `.`, `!` or `?` followed by
 * whitespace, at `。`, `！` or `？`, or at a blank line. A terminator at the very end of the
 * buffered text is not decided until more text arrives, because "3." may become "3.5".
 * Not split: abbreviations like "e.g.", "U.S.", "Mr." and "No. 5" (see `isNonTerminalDot`).
 */
export class SentenceSplitter {
  private buffer = '';

  /** Adds a chunk and returns the sentences it completed (trimmed, possibly none). */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const sentences: string[] = [];
    let end = this.nextBoundary();
    while (end !== undefined) {
      const sentence = this.buffer.slice(0, end).trim();
      if (sentence !== '') sentences.push(sentence);
      this.buffer = this.buffer.slice(end);
      end = this.nextBoundary();
    }
    return sentences;
  }

  /** Ends the stream: returns what is left as the last sentence, or `undefined` if only whitespace. */
  flush(): string | undefined {
    const rest = this.buffer.trim();
    this.buffer = '';
    return rest === '' ? undefined : rest;
  }

  /** Index just past the first complete sentence in the buffer, or `undefined` if none is complete yet. */
  private nextBoundary(): number | undefined {
    const text = this.buffer;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === '\n' && /^\n[^\S\n]*\n/.test(text.slice(i)) && text.slice(0, i).trim() !== '') return i;
      const cjk = CJK_TERMINATORS.includes(char);
      if (!cjk && !TERMINATORS.includes(char)) continue;
      let end = i + 1;
      while (end < text.length && (TERMINATORS + CJK_TERMINATORS + CLOSERS).includes(text[end]!)) end++;
      const rest = text.slice(end);
      if (MARKERS_SO_FAR.test(rest)) return undefined;
      const markers = MARKER_RUN.exec(rest)?.[0];
      if (markers !== undefined) return end + markers.length;
      if (cjk) return end;
      if (end === text.length) return undefined;
      if (!/\s/.test(text[end]!)) {
        i = end - 1;
        continue;
      }
      const next = /\S/.exec(text.slice(end))?.[0];
      // A trailing space is not enough to judge: a citation marker ("… days. [1]") or, after
      // "No. ", a number may come next. The stream's next chunk (or its end) decides.
      if (next === undefined) return undefined;
      if (char === '.' && end === i + 1 && isNonTerminalDot(text, i, next)) continue;
      return end;
    }
    return undefined;
  }
}
