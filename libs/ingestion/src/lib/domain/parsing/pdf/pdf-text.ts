/**
 * A run of text as a PDF page draws it, in PDF user space (origin bottom-left, y grows upward).
 * The PDF adapter maps its library's items to these, so layout analysis stays library-free.
 */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  /** Advance width in points, to tell a word gap from a run split mid-word. */
  width: number;
  /** Rendered glyph height in points: the font size times the text matrix's vertical scale. */
  fontSize: number;
}

/** The text of one page, in content-stream order (the order the page draws it). */
export interface PdfPageText {
  /** 1-based. */
  pageNumber: number;
  items: PdfTextItem[];
}

/** One visual line of a page. */
export interface PdfLine {
  text: string;
  /** Baseline of the line's first item. */
  y: number;
  /** The largest size on the line, so an inline footnote marker does not demote a heading. */
  fontSize: number;
  pageNumber: number;
}
