/** Joins screened sentences with one space where neither side brings its own whitespace. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => text + separatorBefore(text, sentence) + sentence, '');
}

/** What to put between the text sent so far and the next piece (streamed deltas need it too). */
export function separatorBefore(soFar: string, next: string): string {
  if (soFar.length === 0 || next.length === 0) return '';
  return /\s$/.test(soFar) || /^\s/.test(next) ? '' : ' ';
}
