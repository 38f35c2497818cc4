import { networkErrorCode, redactSecrets, type AppError } from '@sagewire/errors';
import { SECOND_OPINION_ERROR, secondOpinionError, type SecondOpinionErrorCode } from '../../domain/second-opinion/second-opinion-errors';

/** ApplyGuardrail's exception names (and the SDK's client-side ones), by what they mean for a retry. */
const CODE_BY_NAME: Readonly<Record<string, SecondOpinionErrorCode>> = {
  ThrottlingException: SECOND_OPINION_ERROR.THROTTLED,
  TooManyRequestsException: SECOND_OPINION_ERROR.THROTTLED,
  ServiceQuotaExceededException: SECOND_OPINION_ERROR.THROTTLED,
  ServiceUnavailableException: SECOND_OPINION_ERROR.UNAVAILABLE,
  InternalServerException: SECOND_OPINION_ERROR.UNAVAILABLE,
  TimeoutError: SECOND_OPINION_ERROR.UNAVAILABLE,
  RequestTimeout: SECOND_OPINION_ERROR.UNAVAILABLE,
  AccessDeniedException: SECOND_OPINION_ERROR.MISCONFIGURED,
  ResourceNotFoundException: SECOND_OPINION_ERROR.MISCONFIGURED,
  ValidationException: SECOND_OPINION_ERROR.MISCONFIGURED,
  UnrecognizedClientException: SECOND_OPINION_ERROR.MISCONFIGURED,
  InvalidSignatureException: SECOND_OPINION_ERROR.MISCONFIGURED,
  ExpiredTokenException: SECOND_OPINION_ERROR.MISCONFIGURED,
  CredentialsProviderError: SECOND_OPINION_ERROR.MISCONFIGURED,
};

/** Which guardrail was asked, and whether the review's own timeout cut the call off. */
export interface GuardrailFailureContext {
  readonly guardrailIdentifier: string;
  readonly guardrailVersion: string;
  readonly timedOut: boolean;
}

interface SdkErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: number; readonly requestId?: string };
}

/** The code for an HTTP status the SDK had no exception class for. */
function codeForStatus(status: number | undefined): SecondOpinionErrorCode | undefined {
  if (status === undefined || status < 400) return undefined;
  if (status === 429) return SECOND_OPINION_ERROR.THROTTLED;
  if (status === 408 || status >= 500) return SECOND_OPINION_ERROR.UNAVAILABLE;
  return SECOND_OPINION_ERROR.MISCONFIGURED;
}

/**
 * Translates what `client.send(ApplyGuardrailCommand)` threw into an AppError: a timeout or a
 * network failure is unavailable, then by exception name, then by HTTP status; anything else
 * counts as unavailable, hence retriable, like every unknown error here. Only the name,
 * status, request id and a redacted message are kept, never the SDK error itself.
 */
export function mapBedrockGuardrailError(error: unknown, context: GuardrailFailureContext): AppError {
  const sdk = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const name = typeof sdk.name === 'string' ? sdk.name : 'Error';
  const status = sdk.$metadata?.httpStatusCode;
  const network = networkErrorCode(error);
  const guardrail = `${context.guardrailIdentifier}:${context.guardrailVersion}`;
  const details = {
    provider: 'bedrock', guardrailIdentifier: context.guardrailIdentifier, guardrailVersion: context.guardrailVersion, awsError: name,
    ...(status === undefined ? {} : { httpStatus: status }),
    ...(sdk.$metadata?.requestId ? { requestId: sdk.$metadata.requestId } : {}),
    ...(context.timedOut ? { timedOut: true } : {}),
  };
  if (context.timedOut) return secondOpinionError(SECOND_OPINION_ERROR.UNAVAILABLE, `Bedrock guardrail ${guardrail} did not answer within the review timeout`, details);
  const message = redactSecrets(typeof sdk.message === 'string' ? sdk.message : String(error));
  const code = network === undefined ? CODE_BY_NAME[name] ?? codeForStatus(status) ?? SECOND_OPINION_ERROR.UNAVAILABLE : SECOND_OPINION_ERROR.UNAVAILABLE;
  const reason = network === undefined ? `${name}: ${message}` : `network error ${network}: ${message}`;
  return secondOpinionError(code, `Bedrock guardrail ${guardrail} review failed (${reason})`, details);
}
