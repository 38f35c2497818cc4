import { buildDocument, decodeText, type ParsedDocument, type ParsedSection } from './parsed-document';

/** A first line longer than this reads as a sentence, not a title. */
const MAX_TITLE_LENGTH = 80;

/**
 * Parses `text/plain`: paragraphs are runs of lines between blank lines and all of them form
 * one section, because plain text has no headings to split on (one section per paragraph would
 * stop the chunker from ever packing two short paragraphs together). A short first line on its
 * own, without sentence punctuation at its end, is taken as the title.
 */
export async function parsePlainText(input: string | Buffer): Promise<ParsedDocument> {
  const paragraphs = decodeText(input)
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((paragraph) => paragraph.trim() !== '');

  let title: string | undefined;
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1 && looksLikeTitle(first)) {
    title = first.trim();
    paragraphs.shift();
  }
  const sections: ParsedSection[] = paragraphs.length > 0 ? [{ path: [], text: paragraphs.join('\n\n') }] : [];
  return buildDocument(sections, title);
}

function looksLikeTitle(paragraph: string): boolean {
  const line = paragraph.trim();
  return !line.includes('\n') && line.length <= MAX_TITLE_LENGTH && !/[.,;:!?]$/.test(line);
}
