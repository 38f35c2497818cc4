import { AppError } from '@sagewire/errors';
import { mapBedrockChatError, streamEndedEarly, type BedrockFailureContext } from './bedrock-chat-errors';

const beforeStream: BedrockFailureContext = { modelId: 'm', streamOpened: false, textStarted: false };
const inStreamNoText: BedrockFailureContext = { modelId: 'm', streamOpened: true, textStarted: false, requestId: 'req-1' };
const inStreamWithText: BedrockFailureContext = { ...inStreamNoText, textStarted: true };

function sdkError(name: string, message: string, status?: number): Error {
  return Object.assign(new Error(message), { name, ...(status === undefined ? {} : { $metadata: { httpStatusCode: status, requestId: 'req-9' } }) });
}

function networkError(code: string, name = 'Error'): Error {
  return Object.assign(new Error(`socket ${code}`), { name, code });
}

describe('mapBedrockChatError', () => {
  it.each([
    ['ThrottlingException', 'GENERATION.THROTTLED', true],
    ['TooManyRequestsException', 'GENERATION.THROTTLED', true],
    ['ServiceQuotaExceededException', 'GENERATION.THROTTLED', true],
    ['ModelNotReadyException', 'GENERATION.MODEL_NOT_READY', true],
    ['ServiceUnavailableException', 'GENERATION.UNAVAILABLE', true],
    ['InternalServerException', 'GENERATION.UNAVAILABLE', true],
    ['ModelErrorException', 'GENERATION.UNAVAILABLE', true],
    ['ModelStreamErrorException', 'GENERATION.UNAVAILABLE', true],
    ['ModelTimeoutException', 'GENERATION.TIMEOUT', true],
    ['TimeoutError', 'GENERATION.TIMEOUT', true],
    ['RequestTimeout', 'GENERATION.TIMEOUT', true],
    ['ValidationException', 'GENERATION.INVALID_REQUEST', false],
    ['AccessDeniedException', 'GENERATION.MISCONFIGURED', false],
    ['ResourceNotFoundException', 'GENERATION.MISCONFIGURED', false],
    ['UnrecognizedClientException', 'GENERATION.MISCONFIGURED', false],
    ['InvalidSignatureException', 'GENERATION.MISCONFIGURED', false],
    ['ExpiredTokenException', 'GENERATION.MISCONFIGURED', false],
    ['CredentialsProviderError', 'GENERATION.MISCONFIGURED', false],
  ])('maps %s to %s (retriable: %s), wherever it is thrown', (name, code, retriable) => {
    for (const context of [beforeStream, inStreamWithText]) {
      expect(mapBedrockChatError(sdkError(name, 'x'), context)).toMatchObject({ code, retriable, details: { provider: 'bedrock', modelId: 'm', awsError: name } });
    }
  });

  it.each([
    [429, 'GENERATION.THROTTLED'],
    [408, 'GENERATION.TIMEOUT'],
    [504, 'GENERATION.TIMEOUT'],
    [502, 'GENERATION.UNAVAILABLE'],
    [401, 'GENERATION.MISCONFIGURED'],
    [404, 'GENERATION.MISCONFIGURED'],
    [413, 'GENERATION.INVALID_REQUEST'],
  ])('falls back to HTTP status %i → %s for exceptions it does not know', (status, code) => {
    expect(mapBedrockChatError(sdkError('SomeNewException', 'x', status), beforeStream)).toMatchObject({ code, details: { httpStatus: status, requestId: 'req-9' } });
  });

  it('maps network failures to unavailable before any text and to an interrupted stream after', () => {
    const refused = Object.assign(new Error('canceled'), { code: 'ERR_HTTP2_STREAM_CANCEL', cause: networkError('ECONNREFUSED') });
    expect(mapBedrockChatError(refused, beforeStream)).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
    expect(mapBedrockChatError(networkError('ECONNRESET'), inStreamNoText)).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
    expect(mapBedrockChatError(networkError('ECONNRESET'), inStreamWithText)).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true, details: { requestId: 'req-1' } });
  });

  it('does not take a reset the SDK renamed TimeoutError for a timeout', () => {
    expect(mapBedrockChatError(networkError('ECONNRESET', 'TimeoutError'), beforeStream).code).toBe('GENERATION.UNAVAILABLE');
    expect(mapBedrockChatError(networkError('ETIMEDOUT', 'TimeoutError'), beforeStream).code).toBe('GENERATION.TIMEOUT');
  });

  it('treats nameless breaks of an open stream as interrupted, and before it as unavailable', () => {
    const truncated = new Error('Truncated event message received.');
    expect(mapBedrockChatError(truncated, inStreamNoText)).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true });
    expect(mapBedrockChatError(truncated, beforeStream)).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
    expect(mapBedrockChatError('a string', beforeStream).message).toContain('Error: a string');
  });

  it('keeps a redacted message and never the SDK error itself', () => {
    const error = mapBedrockChatError(sdkError('AccessDeniedException', 'denied for AKIAABCDEFGHIJKLMNOP with Signature=abc123'), beforeStream);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe('Bedrock m converse failed (AccessDeniedException: denied for [redacted] with Signature=[redacted])');
    expect(error.cause).toBeUndefined();
  });

  it('reports a stream that ended before messageStop as interrupted', () => {
    expect(streamEndedEarly(inStreamNoText)).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true, details: { requestId: 'req-1' } });
  });
});
