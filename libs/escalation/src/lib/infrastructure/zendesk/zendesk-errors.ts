/** What went wrong talking to Zendesk, as codes that cross process boundaries. */
export const ZENDESK_ERROR = {
  /** 429: the account's rate limit; `retryAfterMs` says when to come back. Retriable. */
  THROTTLED: 'ESCALATION.ZENDESK_THROTTLED',
  /** 5xx, 408, 409, a broken connection, a timeout or an unreadable success. Retriable. */
  UNAVAILABLE: 'ESCALATION.ZENDESK_UNAVAILABLE',
  /** 422 and other 4xx: Zendesk refuses this ticket; the same request would fail again. */
  REJECTED: 'ESCALATION.ZENDESK_REJECTED',
  /** 401, 403, 404 or a redirect: the URL, email or API token is wrong. */
  MISCONFIGURED: 'ESCALATION.ZENDESK_MISCONFIGURED',
} as const;

export type ZendeskErrorCode = (typeof ZENDESK_ERROR)[keyof typeof ZENDESK_ERROR];

/** The error code and retriability of a non-success HTTP status. */
export function classifyZendeskStatus(status: number): { readonly code: ZendeskErrorCode; readonly retriable: boolean } {
  if (status === 429) return { code: ZENDESK_ERROR.THROTTLED, retriable: true };
  // 409 is Zendesk's "a concurrent update won; try again".
  if (status >= 500 || status === 408 || status === 409) return { code: ZENDESK_ERROR.UNAVAILABLE, retriable: true };
  // A 404 on the tickets collection means the URL names no Zendesk account (wrong subdomain or path).
  if (status === 401 || status === 403 || status === 404 || (status >= 300 && status < 400)) return { code: ZENDESK_ERROR.MISCONFIGURED, retriable: false };
  return { code: ZENDESK_ERROR.REJECTED, retriable: false };
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * What Zendesk said, short enough for an event: `error: description` and the first field
 * failures of a `RecordInvalid`, or the start of a text body (edge and maintenance pages).
 */
export function zendeskErrorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; description?: unknown; details?: unknown };
    const error = typeof parsed.error === 'string' ? parsed.error : typeof parsed.error === 'object' && parsed.error !== null ? JSON.stringify(parsed.error) : undefined;
    const description = typeof parsed.description === 'string' ? parsed.description : undefined;
    const details = fieldFailures(parsed.details);
    const said = [error, description].filter((s) => s !== undefined).join(': ');
    if (said !== '') return clip(details === '' ? said : `${said} (${details})`);
  } catch {
    // not JSON: fall through to the raw text
  }
  return clip(body.replace(/\s+/g, ' ').trim()) || '(empty body)';
}

/** `base: Description: cannot be blank; requester: …` from a 422's `details`. */
function fieldFailures(details: unknown): string {
  if (typeof details !== 'object' || details === null) return '';
  return Object.entries(details as Record<string, unknown>)
    .flatMap(([field, failures]) => (Array.isArray(failures) ? failures : []).map((f: unknown) => `${field}: ${describeFailure(f)}`))
    .slice(0, 3)
    .join('; ');
}

function describeFailure(failure: unknown): string {
  const description = typeof failure === 'object' && failure !== null ? (failure as { description?: unknown }).description : undefined;
  return typeof description === 'string' ? description : 'invalid';
}

function clip(text: string): string {
  return text.length <= 300 ? text : `${text.slice(0, 299)}…`;
}
