import { STREAM_FAULT_MESSAGES, type StreamFaultKind } from '../chat/stream-fault';
import type { FaultKind } from '../script';
import type { WireResponse } from '../wire';

/** An error as OpenAI's API answers it: a status, `{ error: { message, type, param, code } }`, maybe headers. */
export class OpenAiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string | null,
    message: string,
    readonly param: string | null = null,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'OpenAiError';
  }

  toJSON(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** A 400 `invalid_request_error`, the answer to every malformed request. */
export function invalidRequest(message: string, param: string | null = null, code: string | null = null): OpenAiError {
  return new OpenAiError(400, 'invalid_request_error', code, message, param);
}

/** Seconds a throttled client is told to wait; short, so tests that honour it stay fast. */
const RETRY_AFTER_SECONDS = '1';

/** Each scripted fault as the HTTP error an OpenAI-compatible server answers before any content. */
export function openAiFaultError(fault: Exclude<FaultKind, 'hang'>): OpenAiError {
  switch (fault) {
    case 'throttle': return new OpenAiError(429, 'requests', 'rate_limit_exceeded', `Rate limit reached for requests. Please try again in ${RETRY_AFTER_SECONDS}s.`, null, { 'retry-after': RETRY_AFTER_SECONDS });
    case 'notReady': return new OpenAiError(503, 'server_error', 'model_not_ready', 'The model is loading. Please try again shortly.', null, { 'retry-after': RETRY_AFTER_SECONDS });
    case 'unavailable': return new OpenAiError(503, 'server_error', 'service_unavailable', 'The server is overloaded or not ready yet.');
    case 'accessDenied': return new OpenAiError(403, 'permission_error', 'model_not_available', 'You do not have access to this model.');
    case 'validation': return invalidRequest('Scripted validation failure: the request was rejected.');
    case 'internal': return new OpenAiError(500, 'server_error', null, 'The server had an error while processing your request. Sorry about that!');
  }
}

/** Each mid-stream fault as the `error` object of an SSE data line (or a non-streaming HTTP error). */
export function openAiStreamFaultError(fault: StreamFaultKind): OpenAiError {
  const message = STREAM_FAULT_MESSAGES[fault];
  switch (fault) {
    case 'throttle': return new OpenAiError(429, 'requests', 'rate_limit_exceeded', message, null, { 'retry-after': RETRY_AFTER_SECONDS });
    case 'validation': return invalidRequest(message);
    case 'unavailable': return new OpenAiError(503, 'server_error', 'service_unavailable', message);
    case 'internal':
    case 'modelStreamError': return new OpenAiError(500, 'server_error', null, message);
  }
}

export function writeOpenAiError(res: WireResponse, error: OpenAiError): void {
  const body = JSON.stringify(error.toJSON());
  res.writeHead(error.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...error.headers });
  res.end(body);
}
