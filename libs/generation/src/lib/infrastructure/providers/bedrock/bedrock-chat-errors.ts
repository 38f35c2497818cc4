import { networkErrorCode, redactSecrets, type AppError } from '@sagewire/errors';
import { GENERATION_ERROR, generationError, type GenerationErrorCode } from '../../../domain/chat/generation-errors';

/** Bedrock Runtime exception names (and the SDK's client-side ones), by what they mean for a retry. */
const CODE_BY_NAME: Readonly<Record<string, GenerationErrorCode>> = {
  ThrottlingException: GENERATION_ERROR.THROTTLED,
  TooManyRequestsException: GENERATION_ERROR.THROTTLED,
  ServiceQuotaExceededException: GENERATION_ERROR.THROTTLED,
  ModelNotReadyException: GENERATION_ERROR.MODEL_NOT_READY,
  ServiceUnavailableException: GENERATION_ERROR.UNAVAILABLE,
  InternalServerException: GENERATION_ERROR.UNAVAILABLE,
  ModelErrorException: GENERATION_ERROR.UNAVAILABLE,
  ModelStreamErrorException: GENERATION_ERROR.UNAVAILABLE,
  ModelTimeoutException: GENERATION_ERROR.TIMEOUT,
  TimeoutError: GENERATION_ERROR.TIMEOUT,
  RequestTimeout: GENERATION_ERROR.TIMEOUT,
  ValidationException: GENERATION_ERROR.INVALID_REQUEST,
  AccessDeniedException: GENERATION_ERROR.MISCONFIGURED,
  ResourceNotFoundException: GENERATION_ERROR.MISCONFIGURED,
  UnrecognizedClientException: GENERATION_ERROR.MISCONFIGURED,
  InvalidSignatureException: GENERATION_ERROR.MISCONFIGURED,
  ExpiredTokenException: GENERATION_ERROR.MISCONFIGURED,
  CredentialsProviderError: GENERATION_ERROR.MISCONFIGURED,
};

/** Where the call was when it failed, which decides what a nameless failure means. */
export interface BedrockFailureContext {
  readonly modelId: string;
  /** The response stream had opened: a break after that is an interrupted stream, not an unreachable service. */
  readonly streamOpened: boolean;
  /** Some text already went to the reader. */
  readonly textStarted: boolean;
  /** From the response headers, for failures that carry no `$metadata` (exception events in the stream). */
  readonly requestId?: string | undefined;
}

interface SdkErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: number; readonly requestId?: string };
}

/** The code for an HTTP status the SDK had no exception class for. */
function codeForStatus(status: number | undefined): GenerationErrorCode | undefined {
  if (status === undefined || status < 400) return undefined;
  if (status === 429) return GENERATION_ERROR.THROTTLED;
  if (status === 408 || status === 504) return GENERATION_ERROR.TIMEOUT;
  if (status >= 500) return GENERATION_ERROR.UNAVAILABLE;
  if (status === 401 || status === 403 || status === 404) return GENERATION_ERROR.MISCONFIGURED;
  return GENERATION_ERROR.INVALID_REQUEST;
}

/** The SDK's HTTP/1.1 handler renames ECONNRESET and EPIPE errors `TimeoutError`: a reset is not a timeout. */
function codeForName(name: string, network: string | undefined): GenerationErrorCode | undefined {
  if (name === 'TimeoutError' && network !== undefined && network !== 'ETIMEDOUT') return undefined;
  return CODE_BY_NAME[name];
}

/**
 * Translates what `client.send` or the response stream threw into an AppError: by exception
 * name, then HTTP status, then network code (unavailable before any text, interrupted after),
 * and anything else that broke an open stream (a truncated event, a reset HTTP/2 stream) is
 * an interrupted stream. Only the name, status, request id and a redacted message are kept,
 * never the SDK error itself, whose `$response` and causes are not ours to vet for secrets.
 */
export function mapBedrockChatError(error: unknown, context: BedrockFailureContext): AppError {
  const sdk = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const name = typeof sdk.name === 'string' ? sdk.name : 'Error';
  const status = sdk.$metadata?.httpStatusCode;
  const network = networkErrorCode(error);
  const interrupted = network === undefined ? context.streamOpened : context.textStarted;
  const code = codeForName(name, network) ?? codeForStatus(status)
    ?? (interrupted ? GENERATION_ERROR.STREAM_INTERRUPTED : GENERATION_ERROR.UNAVAILABLE);
  const message = redactSecrets(typeof sdk.message === 'string' ? sdk.message : String(error));
  const reason = network === undefined ? `${name}: ${message}` : `network error ${network}: ${message}`;
  const requestId = sdk.$metadata?.requestId ?? context.requestId;
  return generationError(code, `Bedrock ${context.modelId} converse failed (${reason})`, {
    provider: 'bedrock', modelId: context.modelId, awsError: name,
    ...(status === undefined ? {} : { httpStatus: status }),
    ...(requestId ? { requestId } : {}),
  });
}

/** A stream that ended cleanly but before `messageStop`: the model's answer is incomplete. */
export function streamEndedEarly(context: BedrockFailureContext): AppError {
  return generationError(GENERATION_ERROR.STREAM_INTERRUPTED, `Bedrock ${context.modelId} converse stream ended before messageStop`, {
    provider: 'bedrock', modelId: context.modelId, ...(context.requestId ? { requestId: context.requestId } : {}),
  });
}
