/**
 * Helpers for errors that come back from remote providers (Bedrock, OpenAI-compatible
 * servers, helpdesks): their messages end up in events, DLQ headers and logs, so they are
 * scrubbed first, and a broken connection is told apart from a refusal.
 */

/** Longest provider message kept; the rest is noise in an event and a log line. */
const MAX_MESSAGE_LENGTH = 500;

/**
 * Removes anything credential-like from a provider's message: AWS access key ids, SigV4
 * credential scopes and signatures, bearer tokens, `sk-` keys, and the caller's own secrets
 * verbatim. Cuts the result to a length fit for an event.
 */
export function redactSecrets(message: string, secrets: readonly string[] = []): string {
  let clean = message;
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join('[redacted]');
  return clean
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, '[redacted]')
    .replace(/(Credential|Signature)=[^,\s]+/gi, '$1=[redacted]')
    .replace(/Bearer\s+[^\s,]+/gi, 'Bearer [redacted]')
    .replace(/\bsk-[A-Za-z0-9_*-]{6,}/g, '[redacted]')
    .slice(0, MAX_MESSAGE_LENGTH);
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
