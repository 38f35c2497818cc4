import { AppError } from '@sagewire/errors';

// Every code here describes the uploaded bytes, so retrying the same upload cannot help: none
// is retriable, and each message tells a person what to change before uploading again.

/** A parser threw on this upload. */
export const PARSE_FAILED_CODE = 'INGESTION.PARSE_FAILED';
/** The upload has no text to retrieve: indexing it would only hide the previous version. */
export const EMPTY_DOCUMENT_CODE = 'INGESTION.EMPTY_DOCUMENT';
/** The upload is larger than `INGESTION_MAX_DOCUMENT_BYTES`. */
export const DOCUMENT_TOO_LARGE_CODE = 'INGESTION.DOCUMENT_TOO_LARGE';
/** The bytes are not what the declared media type says (a PNG declared as Markdown). */
export const CONTENT_MISMATCH_CODE = 'INGESTION.CONTENT_MISMATCH';
/** The document is password-protected; only its owner can remove the password. */
export const ENCRYPTED_DOCUMENT_CODE = 'INGESTION.ENCRYPTED_DOCUMENT';

/** An error about the upload itself: not retriable, with details safe to log. */
export function uploadError(code: string, message: string, details: Record<string, unknown> = {}, cause?: unknown): AppError {
  return new AppError(code, message, { retriable: false, details, ...(cause === undefined ? {} : { cause }) });
}
