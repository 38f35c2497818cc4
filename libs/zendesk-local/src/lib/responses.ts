import type { ServerResponse } from 'node:http';
import type { FieldErrors } from './ticket-input';

/** An answer before it is written: status, JSON (or text) body, extra headers. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as `text/plain` (Zendesk's edge answers some errors that way); otherwise JSON. */
  readonly text?: boolean;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, body, headers });

/** Zendesk's answer to any failed authentication, whatever the reason. */
export const NOT_AUTHENTICATED: Answer = json(401, { error: "Couldn't authenticate you" });
export const NOT_FOUND: Answer = json(404, { error: 'RecordNotFound', description: 'Not found' });
export const NO_ENDPOINT: Answer = json(404, { error: 'InvalidEndpoint', description: 'Not found' });

export function recordInvalid(details: FieldErrors): Answer {
  return json(422, { error: 'RecordInvalid', description: 'Record validation errors', details });
}

/** The answer to a scripted failure status, shaped as Zendesk's for that status. */
export function scriptedFailure(status: number, retryAfterSeconds: number | undefined): Answer {
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  if (status === 429) return json(429, { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' }, headers);
  if (status >= 500) return { status, body: status === 503 ? 'Service Unavailable: maintenance in progress' : 'Internal Server Error', headers, text: true };
  if (status === 401) return NOT_AUTHENTICATED;
  if (status === 403) return json(403, { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' });
  if (status === 404) return NOT_FOUND;
  if (status === 422) return recordInvalid({ base: [{ description: 'Scripted: the ticket was refused', error: 'InvalidValue' }] });
  return json(status, { error: 'BadRequest', description: `Scripted failure ${status}` });
}

export function writeAnswer(res: ServerResponse, answer: Answer): void {
  const text = answer.text === true ? String(answer.body) : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': answer.text === true ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...answer.headers,
  }).end(text);
}
