import type { PdfLine } from './pdf-text';

/** A line must be this much larger than the body text to count as a heading. */
const HEADING_RATIO = 1.15;
/** Longer lines are large-print prose (a pull quote, a cover blurb), not headings. */
const MAX_HEADING_LENGTH = 160;
const MAX_LEVEL = 6;

/** The font size most text is set in: the median over characters, so one big title cannot move it. */
export function bodyFontSize(lines: readonly PdfLine[]): number {
  const sizes = lines.map((line) => ({ size: line.fontSize, weight: line.text.length })).sort((a, b) => a.size - b.size);
  const half = sizes.reduce((total, entry) => total + entry.weight, 0) / 2;
  let seen = 0;
  for (const entry of sizes) {
    seen += entry.weight;
    if (seen >= half) return entry.size;
  }
  return sizes[sizes.length - 1]?.size ?? 0;
}

/**
 * Heading level by font size: the largest heading size is level 1, the next level 2, and so
 * on, as a reader ranks them. Sizes within 0.5 pt are one size (rounding in producers).
 * Returns the level of a line, undefined for body text.
 */
export function headingClassifier(lines: readonly PdfLine[], body: number): (line: PdfLine) => number | undefined {
  const isHeading = (line: PdfLine): boolean =>
    line.fontSize >= body * HEADING_RATIO && line.text.length <= MAX_HEADING_LENGTH && /\p{L}/u.test(line.text);
  const bucket = (line: PdfLine): number => Math.round(line.fontSize * 2) / 2;
  const distinct = [...new Set(lines.filter(isHeading).map(bucket))].sort((a, b) => b - a);
  return (line) => (isHeading(line) ? Math.min(distinct.indexOf(bucket(line)) + 1, MAX_LEVEL) : undefined);
}
