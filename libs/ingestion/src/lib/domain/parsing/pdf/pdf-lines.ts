import type { PdfLine, PdfPageText, PdfTextItem } from './pdf-text';

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this share of the font size between two runs is a word space. */
const WORD_GAP = 0.15;

/**
 * Groups a page's items into lines. Content-stream order is kept rather than sorting by y,
 * because producers write a column at a time: sorting would interleave the lines of two columns.
 */
export function pageLines(page: PdfPageText): PdfLine[] {
  const lines: (PdfLine & { endX: number })[] = [];
  let current: (PdfLine & { endX: number }) | undefined;
  for (const item of page.items) {
    if (item.text === '') continue;
    if (current && onSameLine(current, item)) {
      const gap = item.x - current.endX;
      const touching = /\s$/.test(current.text) || /^\s/.test(item.text) || gap <= Math.max(current.fontSize, item.fontSize) * WORD_GAP;
      current.text += touching ? item.text : ` ${item.text}`;
      current.fontSize = Math.max(current.fontSize, item.fontSize);
      current.endX = item.x + item.width;
    } else {
      if (current) lines.push(current);
      current = { text: item.text, y: item.y, fontSize: item.fontSize, pageNumber: page.pageNumber, endX: item.x + item.width };
    }
  }
  if (current) lines.push(current);
  return lines
    .map(({ endX: _endX, ...line }) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

function onSameLine(line: PdfLine & { endX: number }, item: PdfTextItem): boolean {
  // A run that starts left of where the line ended begins a new line (or column) even at the same y.
  return Math.abs(line.y - item.y) <= Math.max(line.fontSize, item.fontSize) * SAME_LINE_TOLERANCE && item.x >= line.endX - line.fontSize;
}
