import { AppError } from '@sagewire/errors';

// Shared with every remote adapter; re-exported so the embedding adapters keep one import.
export { networkErrorCode, redactSecrets as redact } from '@sagewire/errors';

/**
 * Error codes of the remote embedding adapters. Retriable ones are retried by the consumer
 * with backoff; the others fail the document at once, because the same input or the same
 * configuration will fail the same way again.
 */
export const EMBEDDING_ERROR = {
  /** Rate-limited by the provider (retriable). */
  THROTTLED: 'EMBEDDING.THROTTLED',
  /** Provider down, overloaded, warming up, or unreachable (retriable). */
  UNAVAILABLE: 'EMBEDDING.UNAVAILABLE',
  /** No answer within the per-call timeout (retriable). */
  TIMEOUT: 'EMBEDDING.TIMEOUT',
  /** The provider refused this input (not retriable). */
  INVALID_INPUT: 'EMBEDDING.INVALID_INPUT',
  /** Credentials, permissions, model id, endpoint or dimensions are wrong (not retriable). */
  MISCONFIGURED: 'EMBEDDING.MISCONFIGURED',
} as const;

export type EmbeddingErrorCode = (typeof EMBEDDING_ERROR)[keyof typeof EMBEDDING_ERROR];

const RETRIABLE: ReadonlySet<string> = new Set([EMBEDDING_ERROR.THROTTLED, EMBEDDING_ERROR.UNAVAILABLE, EMBEDDING_ERROR.TIMEOUT]);

/** An embedding error whose retriability follows from its code. */
export function embeddingError(code: EmbeddingErrorCode, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, { retriable: RETRIABLE.has(code), details });
}
