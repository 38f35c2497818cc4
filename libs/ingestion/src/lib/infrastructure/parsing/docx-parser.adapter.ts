import mammoth from 'mammoth';
import { PARSE_FAILED_CODE, uploadError } from '../../domain/ingestion-errors';
import { parseHtml } from '../../domain/parsing/html-parser';
import type { ParsedDocument } from '../../domain/parsing/parsed-document';

/** Images carry no text to index: an empty `src` spares mammoth base64-encoding every picture. */
const DROP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Parses DOCX (`application/vnd.openxmlformats-officedocument.wordprocessingml.document`):
 * mammoth turns the document into semantic HTML (Heading 1–6 styles become `<h1>`–`<h6>`),
 * which the HTML parser reads with each table as a section of its own (SPEC IN-01).
 * Linked external files are never read: uploads are untrusted.
 * @throws AppError `INGESTION.PARSE_FAILED` (not retriable) with mammoth's reason for a damaged
 *   archive or a ZIP that is not a Word document.
 */
export async function parseDocx(bytes: Buffer): Promise<ParsedDocument> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: DROP_IMAGES, externalFileAccess: false }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw uploadError(
      PARSE_FAILED_CODE,
      `The DOCX file could not be read: ${reason}. Check that it opens in Word, save it again as .docx and upload the new file.`,
      { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', reason },
      error,
    );
  }
  return parseHtml(html, { tables: 'sections' });
}
