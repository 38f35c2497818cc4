import { mapBedrockGuardrailError } from './bedrock-guardrail-errors';

const context = { guardrailIdentifier: 'gr1abc', guardrailVersion: '2', timedOut: false };
const sdkError = (name: string, httpStatusCode?: number, message = 'nope'): Error =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode, requestId: 'req-1' } });

describe('mapBedrockGuardrailError', () => {
  it.each([
    ['ThrottlingException', 429, 'GUARDRAILS.SECOND_OPINION_THROTTLED', true],
    ['ServiceQuotaExceededException', 400, 'GUARDRAILS.SECOND_OPINION_THROTTLED', true],
    ['ServiceUnavailableException', 503, 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', true],
    ['InternalServerException', 500, 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', true],
    ['AccessDeniedException', 403, 'GUARDRAILS.SECOND_OPINION_MISCONFIGURED', false],
    ['ResourceNotFoundException', 404, 'GUARDRAILS.SECOND_OPINION_MISCONFIGURED', false],
    ['ValidationException', 400, 'GUARDRAILS.SECOND_OPINION_MISCONFIGURED', false],
    ['SomethingNewException', 502, 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', true],
    ['SomethingNewException', 429, 'GUARDRAILS.SECOND_OPINION_THROTTLED', true],
    ['SomethingNewException', 401, 'GUARDRAILS.SECOND_OPINION_MISCONFIGURED', false],
  ])('%s (HTTP %s) is %s', (name, status, code, retriable) => {
    const error = mapBedrockGuardrailError(sdkError(name, status), context);
    expect(error).toMatchObject({ code, retriable, details: { provider: 'bedrock', guardrailIdentifier: 'gr1abc', guardrailVersion: '2', awsError: name, httpStatus: status, requestId: 'req-1' } });
  });

  it('counts network failures, timeouts and unknown errors as unavailable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(mapBedrockGuardrailError(refused, context)).toMatchObject({ code: 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', message: expect.stringContaining('network error ECONNREFUSED') as string });
    expect(mapBedrockGuardrailError(sdkError('AbortError'), { ...context, timedOut: true })).toMatchObject({ code: 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', retriable: true, details: { timedOut: true } });
    expect(mapBedrockGuardrailError('weird', context)).toMatchObject({ code: 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', retriable: true });
  });

  it('keeps credentials out of the message', () => {
    const error = mapBedrockGuardrailError(sdkError('UnrecognizedClientException', 403, 'The security token AKIAABCDEFGHIJKLMNOP is invalid'), context);
    expect(error.code).toBe('GUARDRAILS.SECOND_OPINION_MISCONFIGURED');
    expect(error.message).not.toContain('AKIAABCDEFGHIJKLMNOP');
  });
});
