import type { AppError } from '@sagewire/errors';
import { EMBEDDING_ERROR, embeddingError, networkErrorCode, redact, type EmbeddingErrorCode } from '../embedding-errors';

/** Bedrock Runtime exception names (and SDK client-side ones), by what they mean for a retry. */
const CODE_BY_NAME: Readonly<Record<string, EmbeddingErrorCode>> = {
  ThrottlingException: EMBEDDING_ERROR.THROTTLED,
  TooManyRequestsException: EMBEDDING_ERROR.THROTTLED,
  ServiceQuotaExceededException: EMBEDDING_ERROR.THROTTLED,
  ServiceUnavailableException: EMBEDDING_ERROR.UNAVAILABLE,
  ModelNotReadyException: EMBEDDING_ERROR.UNAVAILABLE,
  InternalServerException: EMBEDDING_ERROR.UNAVAILABLE,
  ModelErrorException: EMBEDDING_ERROR.UNAVAILABLE,
  ModelTimeoutException: EMBEDDING_ERROR.TIMEOUT,
  TimeoutError: EMBEDDING_ERROR.TIMEOUT,
  RequestTimeout: EMBEDDING_ERROR.TIMEOUT,
  ValidationException: EMBEDDING_ERROR.INVALID_INPUT,
  AccessDeniedException: EMBEDDING_ERROR.MISCONFIGURED,
  ResourceNotFoundException: EMBEDDING_ERROR.MISCONFIGURED,
  UnrecognizedClientException: EMBEDDING_ERROR.MISCONFIGURED,
  InvalidSignatureException: EMBEDDING_ERROR.MISCONFIGURED,
  ExpiredTokenException: EMBEDDING_ERROR.MISCONFIGURED,
  CredentialsProviderError: EMBEDDING_ERROR.MISCONFIGURED,
};

interface SdkErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: number; readonly requestId?: string };
}

/** The code for an HTTP status the SDK had no exception class for. */
function codeForStatus(status: number | undefined): EmbeddingErrorCode | undefined {
  if (status === undefined) return undefined;
  if (status === 429) return EMBEDDING_ERROR.THROTTLED;
  if (status === 408) return EMBEDDING_ERROR.TIMEOUT;
  if (status >= 500) return EMBEDDING_ERROR.UNAVAILABLE;
  if (status === 401 || status === 403 || status === 404) return EMBEDDING_ERROR.MISCONFIGURED;
  if (status >= 400) return EMBEDDING_ERROR.INVALID_INPUT;
  return undefined;
}

/**
 * Translates what `BedrockRuntimeClient.send` threw into an AppError, by exception name,
 * then HTTP status, then network error code (STYLE.md: AWS by `name` and status). Unknown
 * failures count as unavailable, hence retriable, like every unknown error in this codebase.
 * Only the name, the status, the request id and a redacted message are kept: never the raw
 * SDK error, whose `$response` and causes are not ours to vet for secrets.
 */
export function mapBedrockError(error: unknown, modelId: string, timedOut: boolean): AppError {
  const sdk = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const name = typeof sdk.name === 'string' ? sdk.name : 'Error';
  const status = sdk.$metadata?.httpStatusCode;
  const message = redact(typeof sdk.message === 'string' ? sdk.message : String(error));
  const details = { provider: 'bedrock', modelId, awsError: name, ...(status === undefined ? {} : { httpStatus: status }), ...(sdk.$metadata?.requestId ? { requestId: sdk.$metadata.requestId } : {}) };
  if (timedOut) return embeddingError(EMBEDDING_ERROR.TIMEOUT, `Bedrock ${modelId} did not answer within the embedding timeout`, details);
  const network = networkErrorCode(error);
  const code = CODE_BY_NAME[name] ?? codeForStatus(status) ?? EMBEDDING_ERROR.UNAVAILABLE;
  const reason = network === undefined ? `${name}: ${message}` : `network error ${network}: ${message}`;
  return embeddingError(network === undefined ? code : EMBEDDING_ERROR.UNAVAILABLE, `Bedrock ${modelId} embedding failed (${reason})`, details);
}
