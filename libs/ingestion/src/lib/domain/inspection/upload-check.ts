import { CONTENT_MISMATCH_CODE, DOCUMENT_TOO_LARGE_CODE, EMPTY_DOCUMENT_CODE, uploadError } from '../ingestion-errors';
import { isTextMediaType, mediaTypeEssence } from '../parsing/media-types';
import { sniffFormat } from './magic-bytes';
import { textProblem } from './text-content';

/** Default for `INGESTION_MAX_DOCUMENT_BYTES`: 25 MiB, well above any help-centre article. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** ASCII whitespace and a UTF-8 byte-order mark: an upload of nothing else is empty. */
const BLANK_BYTES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xef, 0xbb, 0xbf]);

/**
 * Refuses an upload before any parser sees it: empty, larger than `maxBytes`, or not what its
 * declared media type says (a PNG sent as Markdown, a ZIP sent as DOCX, binary sent as text).
 * Parsers then only meet bytes of their own format, and the person uploading learns what to fix.
 * @throws AppError `INGESTION.EMPTY_DOCUMENT`, `INGESTION.DOCUMENT_TOO_LARGE` or
 *   `INGESTION.CONTENT_MISMATCH`, none retriable, details naming declared and detected types.
 */
export function checkUpload(bytes: Buffer, declaredMediaType: string, maxBytes: number): void {
  const declared = mediaTypeEssence(declaredMediaType);
  if (bytes.length > maxBytes) {
    throw uploadError(
      DOCUMENT_TOO_LARGE_CODE,
      `The document has ${bytes.length} bytes, more than the limit of ${maxBytes} (INGESTION_MAX_DOCUMENT_BYTES). Split it into smaller documents and upload them separately.`,
      { sizeBytes: bytes.length, maxBytes },
    );
  }
  if (bytes.every((byte) => BLANK_BYTES.has(byte))) {
    throw uploadError(EMPTY_DOCUMENT_CODE, 'The document is empty (no bytes, or only whitespace). Upload a file with content.', { sizeBytes: bytes.length });
  }
  const detected = sniffFormat(bytes);
  const mismatch = (content: string): Error =>
    uploadError(
      CONTENT_MISMATCH_CODE,
      `The document was declared ${declared} but the content is ${content}. Upload it with its real media type, or convert it to a supported one.`,
      { declaredMediaType: declared, detectedMediaType: detected?.mediaType ?? 'unknown', detected: content },
    );
  if (isTextMediaType(declared)) {
    if (detected) throw mismatch(detected.description);
    const problem = textProblem(bytes);
    if (problem) throw mismatch(problem);
  } else if (detected?.mediaType !== declared) {
    throw mismatch(detected?.description ?? describeUnknown(bytes));
  }
}

/** Names content no signature matched: text, or some binary format. */
function describeUnknown(bytes: Buffer): string {
  return textProblem(bytes) === undefined ? 'text, not a binary document' : 'an unrecognised binary format';
}
