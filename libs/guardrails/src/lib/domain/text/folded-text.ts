import { foldText } from './fold-text';

/**
 * Text folded like `foldText`, with the way back: `origin[i]` is the index in the original
 * text of the character that produced folded character `i`, and `origin[folded.length]` is
 * the original length. Word filters match on the folded text and must redact the original,
 * whose offsets differ wherever folding changed a length ("ß" → "ss", decomposed accents).
 * `origin` is absent when every offset is unchanged (ASCII text, most support messages).
 */
export interface FoldedText {
  readonly folded: string;
  readonly origin?: readonly number[];
}

const ASCII = /^\p{ASCII}*$/u;

/** Characters that fold to no character (accents written apart) or to two ("ß" → "ss"). */
const LENGTH_CHANGING = /[\p{M}ß]/u;

export function foldWithOrigin(text: string): FoldedText {
  if (ASCII.test(text)) return { folded: text.toLowerCase() };
  // Without those, every character folds to at least one; the same total length then means
  // exactly one each, so the offsets are unchanged (Korean syllables decompose and fail this).
  const whole = foldText(text);
  if (whole.length === text.length && !LENGTH_CHANGING.test(text)) return { folded: whole };
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  // Code point by code point, so a surrogate pair (emoji, rare Han) folds as one character.
  for (const char of text) {
    const piece = foldText(char);
    for (let k = 0; k < piece.length; k++) origin.push(index);
    folded += piece;
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** The original span of folded span `[start, end)`. */
export function originalSpan({ origin }: FoldedText, start: number, end: number): { start: number; end: number } {
  if (origin === undefined) return { start, end };
  // The end maps past the last folded character's source, so "ß" matched as "ss" (or as its
  // first "s") covers the whole "ß", and a decomposed accent stays with its letter.
  const last = origin[end - 1]!;
  let next = end;
  while (origin[next]! <= last && next < origin.length - 1) next++;
  return { start: origin[start]!, end: origin[next]! };
}
