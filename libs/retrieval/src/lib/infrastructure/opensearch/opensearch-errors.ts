import { errors } from '@opensearch-project/opensearch';
import { AppError } from '@sagewire/errors';

/** OpenSearch could not be reached or was overloaded: the same call may succeed later. */
export const OPENSEARCH_UNAVAILABLE_CODE = 'RETRIEVAL.OPENSEARCH_UNAVAILABLE';
/** OpenSearch refused the request itself: retrying the same request cannot help. */
export const OPENSEARCH_REJECTED_CODE = 'RETRIEVAL.OPENSEARCH_REJECTED';

const RETRIABLE_STATUS = new Set([408, 429, 502, 503, 504]);

/**
 * An error of the OpenSearch client as an AppError whose `retriable` flag drives the
 * consumer's retries. The message names the operation and OpenSearch's own reason, never the
 * request body (it can hold customer text).
 */
export function toOpenSearchError(operation: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof errors.ResponseError) {
    const status = error.meta.statusCode ?? 0;
    const reason = reasonOf(error.meta.body) ?? error.message;
    const code = RETRIABLE_STATUS.has(status) ? OPENSEARCH_UNAVAILABLE_CODE : OPENSEARCH_REJECTED_CODE;
    return new AppError(code, `OpenSearch ${operation} failed with HTTP ${status}: ${reason}`, { retriable: RETRIABLE_STATUS.has(status), cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(OPENSEARCH_UNAVAILABLE_CODE, `OpenSearch ${operation} failed: ${message}`, { retriable: true, cause: error });
}

/** OpenSearch's `error.reason` (or its root cause's), when the body has one. */
export function reasonOf(body: unknown): string | undefined {
  const error = (body as { error?: { reason?: string; root_cause?: { reason?: string }[] } } | undefined)?.error;
  return error?.root_cause?.[0]?.reason ?? error?.reason;
}
