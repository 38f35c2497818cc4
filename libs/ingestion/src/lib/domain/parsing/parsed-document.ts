/** One stretch of a document under a single heading. */
export interface ParsedSection {
  /** The heading that opens this section; absent for text that precedes every heading. */
  heading?: string;
  /** Heading trail from the outermost heading down to `heading`, e.g. `['Billing', 'Refunds']`. */
  path: string[];
  /** Plain text; paragraphs are separated by a blank line so chunkers can split on them. */
  text: string;
  /** 1-based page on which the section starts, for formats with pages (PDF); absent otherwise. */
  page?: number;
}

/** Text extracted from an uploaded document, independent of its original format. */
export interface ParsedDocument {
  title?: string;
  sections: ParsedSection[];
  /** Characters of extracted section text (headings excluded): a size signal for quotas and metrics. */
  characterCount: number;
}

/**
 * Turns the raw bytes of one media type into a {@link ParsedDocument}. Asynchronous because
 * the PDF and DOCX libraries are; a parser rejects with an AppError (`INGESTION.*`, not
 * retriable) when the bytes cannot become text, or with anything else for a plain defect.
 */
export type DocumentParser = (bytes: Buffer) => Promise<ParsedDocument>;

/**
 * Decodes input as UTF-8 and normalises line endings, so every parser sees `\n` only and a
 * byte-order mark never leaks into the first heading or title.
 */
export function decodeText(input: string | Buffer): string {
  const text = typeof input === 'string' ? input : input.toString('utf8');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Assembles a document, dropping an empty title so consumers can test `title === undefined`. */
export function buildDocument(sections: ParsedSection[], title: string | undefined): ParsedDocument {
  const characterCount = sections.reduce((sum, section) => sum + section.text.length, 0);
  const trimmedTitle = title?.trim();
  return trimmedTitle ? { title: trimmedTitle, sections, characterCount } : { sections, characterCount };
}
