import { estimateTokens } from './token-estimate';

/** A sentence (or list item, or table row): the smallest piece the chunker avoids cutting. */
export interface TextUnit {
  text: string;
  tokens: number;
  /** Whitespace that joined this unit to the previous one in the source, restored when packing. */
  separator: string;
}

/** Latin-script sentence ends, with closing quotes or brackets, then spaces; CJK full stops need no space. */
const BOUNDARY = /[.!?\u2026]+["'\u201D\u2019)\]]*[ \t]+|[\u3002\uFF01\uFF1F]+[ \t]*|[ \t]*\n/gu;
/** Words whose full stop does not end a sentence even before a capital ("Dr. Smith", "z.B. Montag"). */
const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'vs.', 'no.', 'fig.', 'e.g.', 'i.e.', 'approx.', 'z.b.', 'bzw.', 'sr.', 'sra.', 'p.ex.',
]);
const ENDS_SENTENCE = /[.!?:;\u2026\u3002\uFF01\uFF1F]["'\u201D\u2019)\]]*$/u;

/**
 * Splits section text into sentence-sized units. Paragraphs (blank-line separated) always end
 * a unit. A line break ends one too, unless the next line continues a sentence in lower case
 * (hard-wrapped plain text), so list items and table rows stay whole and separate.
 */
export function splitIntoUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    let separator = units.length === 0 ? '' : '\n\n';
    let start = 0;
    const push = (end: number, next: string): void => {
      const piece = paragraph.slice(start, end).trim();
      if (piece !== '') {
        units.push({ text: piece, tokens: estimateTokens(piece), separator });
        separator = next;
      }
    };
    for (const match of paragraph.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      if (isBoundary(paragraph, start, match.index, match[0], end)) {
        push(end, match[0].includes('\n') ? '\n' : ' ');
        start = end;
      }
    }
    push(paragraph.length, ' ');
  }
  return units;
}

function isBoundary(paragraph: string, start: number, matchStart: number, matched: string, end: number): boolean {
  const nextChar = paragraph.slice(end).trimStart().charAt(0);
  if (nextChar === '') return false;
  const startsLower = /\p{Ll}/u.test(nextChar);
  const before = paragraph.slice(start, matchStart);
  if (matched.trim() === '') return !startsLower || ENDS_SENTENCE.test(before.trimEnd());
  if (startsLower) return false;
  const lastWord = /(\S+)$/.exec(before + matched.trim())?.[1]?.toLowerCase() ?? '';
  return !ABBREVIATIONS.has(lastWord);
}
