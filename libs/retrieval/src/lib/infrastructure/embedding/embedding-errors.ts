import { AppError } from '@sagewire/errors';

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

/** Longest provider message kept; the rest is noise in an event and a log line. */
const MAX_MESSAGE_LENGTH = 500;

/**
 * Removes anything credential-like from a provider's message before it goes into an error
 * (errors end up in events, DLQ headers and logs): AWS access key ids, SigV4 credential
 * scopes and signatures, bearer tokens, `sk-` keys, and the caller's own secrets verbatim.
 */
export function redact(message: string, secrets: readonly string[] = []): string {
  let clean = message;
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join('[redacted]');
  return clean
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, '[redacted]')
    .replace(/(Credential|Signature)=[^,\s]+/gi, '$1=[redacted]')
    .replace(/Bearer\s+[^\s,]+/gi, 'Bearer [redacted]')
    .replace(/\bsk-[A-Za-z0-9_*-]{6,}/g, '[redacted]')
    .slice(0, MAX_MESSAGE_LENGTH);
}

/** An embedding error whose retriability follows from its code. */
export function embeddingError(code: EmbeddingErrorCode, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, { retriable: RETRIABLE.has(code), details });
}

/** Node's codes for a connection that failed or broke: the provider may be back soon. */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_HTTP2_STREAM_ERROR', 'ERR_HTTP2_SESSION_ERROR', 'ERR_HTTP2_ERROR', 'ERR_HTTP2_GOAWAY_SESSION']);

/** The system error code of `error` or of its causes, if it is a network failure. */
export function networkErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
