import { codeForStatus, errorEventFailure, httpFailure, retryAfterMs, transportFailure, type OpenAiFailureContext } from './openai-chat-errors';

const KEY = 'sk-live-0123456789abcdef';
const context: OpenAiFailureContext = { model: 'gpt-4o-mini', url: 'https://api.example.com/v1/chat/completions', secrets: [KEY] };

describe('OpenAI-compatible error mapping', () => {
  it.each([
    [429, 'GENERATION.THROTTLED'],
    [408, 'GENERATION.TIMEOUT'],
    [504, 'GENERATION.TIMEOUT'],
    [500, 'GENERATION.UNAVAILABLE'],
    [503, 'GENERATION.UNAVAILABLE'],
    [400, 'GENERATION.INVALID_REQUEST'],
    [413, 'GENERATION.INVALID_REQUEST'],
    [422, 'GENERATION.INVALID_REQUEST'],
    [401, 'GENERATION.MISCONFIGURED'],
    [403, 'GENERATION.MISCONFIGURED'],
    [404, 'GENERATION.MISCONFIGURED'],
  ])('maps HTTP %i to %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });

  it('does not call an exhausted quota throttling', () => {
    expect(codeForStatus(429, 'insufficient_quota')).toBe('GENERATION.MISCONFIGURED');
  });

  it('reads Retry-After-Ms, Retry-After seconds and Retry-After dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), Date.UTC(2026, 0, 1))).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it('builds an HTTP error from the provider message, key redacted, retry-after kept', () => {
    const error = httpFailure(context, 429, new Headers({ 'retry-after': '3' }), JSON.stringify({ error: { message: `Rate limit for key ${KEY}`, code: 'rate_limit_exceeded' } }));
    expect(error).toMatchObject({ code: 'GENERATION.THROTTLED', retriable: true, details: { provider: 'openai-compatible', model: 'gpt-4o-mini', httpStatus: 429, retryAfterMs: 3000 } });
    expect(error.message).toBe('gpt-4o-mini at https://api.example.com/v1/chat/completions failed: HTTP 429: Rate limit for key [redacted]');
    expect(httpFailure(context, 502, new Headers(), '<html>Bad gateway</html>').message).toContain('HTTP 502: <html>Bad gateway</html>');
  });

  it.each([
    [{ message: 'overloaded', type: 'server_error' }, 'GENERATION.UNAVAILABLE'],
    [{ message: 'bad', type: 'BadRequestError', code: 400 }, 'GENERATION.INVALID_REQUEST'],
    [{ message: 'slow down', code: 'rate_limit_exceeded' }, 'GENERATION.THROTTLED'],
    [{ message: 'too long', code: 'context_length_exceeded', type: 'invalid_request_error' }, 'GENERATION.INVALID_REQUEST'],
    [{ message: 'busy', status: 503 }, 'GENERATION.UNAVAILABLE'],
    [{ message: 'what' }, 'GENERATION.UNAVAILABLE'],
  ])('maps the error event %j to %s', (event, code) => {
    expect(errorEventFailure(context, event).code).toBe(code);
  });

  it('maps transport failures by where the exchange was', () => {
    const reset = Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    expect(transportFailure(context, reset, { responded: false, textStarted: false }).code).toBe('GENERATION.UNAVAILABLE');
    expect(transportFailure(context, reset, { responded: true, textStarted: false }).code).toBe('GENERATION.UNAVAILABLE');
    expect(transportFailure(context, reset, { responded: true, textStarted: true })).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true, details: { networkError: 'UND_ERR_SOCKET' } });
    expect(transportFailure(context, new Error('weird'), { responded: true, textStarted: false }).code).toBe('GENERATION.STREAM_INTERRUPTED');
    expect(transportFailure(context, new Error('weird'), { responded: false, textStarted: false }).code).toBe('GENERATION.UNAVAILABLE');
  });
});
