import { EMPTY_DOCUMENT_CODE, uploadError } from '../../ingestion-errors';
import { buildDocument, type ParsedDocument } from '../parsed-document';
import { SectionBuilder } from '../section-builder';
import { bodyFontSize, headingClassifier } from './pdf-fonts';
import { pageLines } from './pdf-lines';
import type { PdfLine, PdfPageText } from './pdf-text';

/** A line gap larger than this many font sizes (single spacing is about 1.2) starts a paragraph. */
const PARAGRAPH_GAP = 1.6;
const BULLET = /^(?:[\u2022\u25AA\u25CF\u2013\-*]|\d{1,3}[.)])\s/;

/**
 * Rebuilds structure from positioned text: lines (by baseline) → paragraphs (by vertical gap)
 * → sections, where lines set larger than the body text are headings, as Markdown headings
 * are, ranked by size. Sections keep the page they start on. The title is the first top-level
 * heading, else the file's metadata title.
 * @throws AppError `INGESTION.EMPTY_DOCUMENT` when no page has a text layer (a scan).
 */
export function layoutPdf(pages: readonly PdfPageText[], metadataTitle?: string): ParsedDocument {
  const lines = pages.flatMap(pageLines);
  if (lines.length === 0) {
    throw uploadError(
      EMPTY_DOCUMENT_CODE,
      'The PDF has no text layer, so it is probably a scan or made of images. Scanned PDFs need OCR, which is not available: ' +
        'upload a PDF with selectable text, or the document as DOCX, HTML or Markdown.',
      { pages: pages.length },
    );
  }
  const body = bodyFontSize(lines);
  const levelOf = headingClassifier(lines, body);
  const builder = new SectionBuilder();
  let paragraph: PdfLine[] = [];
  let heading: { level: number; lines: PdfLine[] } | undefined;
  let firstTopHeading: string | undefined;

  const flushParagraph = (): void => {
    const first = paragraph[0];
    if (first) builder.addBlock(joinLines(paragraph), first.pageNumber);
    paragraph = [];
  };
  const flushHeading = (): void => {
    if (!heading) return;
    const text = heading.lines.map((line) => line.text).join(' ');
    if (heading.level === 1) firstTopHeading ??= text;
    builder.startHeading(heading.level, text);
    heading = undefined;
  };

  let previous: PdfLine | undefined;
  for (const line of lines) {
    const level = levelOf(line);
    const gap = previous ? verticalGap(previous, line) : Infinity;
    if (level !== undefined) {
      flushParagraph();
      // A heading set over two lines is one heading: same size, close together.
      const continues = heading?.level === level && gap <= line.fontSize * PARAGRAPH_GAP;
      if (!continues) flushHeading();
      heading ??= { level, lines: [] };
      heading.lines.push(line);
    } else {
      flushHeading();
      if (gap > Math.max(line.fontSize, previous?.fontSize ?? 0) * PARAGRAPH_GAP) flushParagraph();
      paragraph.push(line);
    }
    previous = line;
  }
  flushHeading();
  flushParagraph();
  return buildDocument(builder.finish(), firstTopHeading ?? metadataTitle);
}

/** Distance down the page from one baseline to the next; a new page or column counts as a break. */
function verticalGap(previous: PdfLine, line: PdfLine): number {
  if (previous.pageNumber !== line.pageNumber) return Infinity;
  const down = previous.y - line.y;
  return down > 0 ? down : Infinity;
}

/** Lines of a paragraph are wrapped prose, joined by spaces; list items keep their own line. */
function joinLines(lines: readonly PdfLine[]): string {
  return lines
    .map((line, index) => (index === 0 ? line.text : (BULLET.test(line.text) ? '\n' : ' ') + line.text))
    .join('')
    .replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2');
}
