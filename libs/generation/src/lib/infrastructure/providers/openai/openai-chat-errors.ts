import { networkErrorCode, redactSecrets, type AppError } from '@sagewire/errors';
import { GENERATION_ERROR, generationError, type GenerationErrorCode } from '../../../domain/chat/generation-errors';

/** Who failed, for messages and details; `secrets` are scrubbed from every message. */
export interface OpenAiFailureContext {
  readonly model: string;
  /** The request URL without any user:password part. */
  readonly url: string;
  readonly secrets: readonly string[];
}

/** The `error` object of an OpenAI-style error body or stream event. */
export interface OpenAiErrorObject {
  readonly message?: unknown;
  readonly type?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
}

/**
 * By HTTP status. A 429 for `insufficient_quota` is a billing state, not a rate: waiting does
 * not help, so it is not retriable. Other 4xx are requests the server will refuse again.
 */
export function codeForStatus(status: number, providerCode?: unknown): GenerationErrorCode {
  if (status === 429) return providerCode === 'insufficient_quota' ? GENERATION_ERROR.MISCONFIGURED : GENERATION_ERROR.THROTTLED;
  if (status === 408 || status === 504) return GENERATION_ERROR.TIMEOUT;
  if (status >= 500) return GENERATION_ERROR.UNAVAILABLE;
  if (status === 401 || status === 403 || status === 404) return GENERATION_ERROR.MISCONFIGURED;
  return GENERATION_ERROR.INVALID_REQUEST;
}

/** For an error event without a status: by its `type` or `code` word, as OpenAI, vLLM and others spell them. */
const CODE_BY_WORD: Readonly<Record<string, GenerationErrorCode>> = {
  rate_limit_exceeded: GENERATION_ERROR.THROTTLED,
  rate_limit_error: GENERATION_ERROR.THROTTLED,
  insufficient_quota: GENERATION_ERROR.MISCONFIGURED,
  invalid_api_key: GENERATION_ERROR.MISCONFIGURED,
  authentication_error: GENERATION_ERROR.MISCONFIGURED,
  permission_error: GENERATION_ERROR.MISCONFIGURED,
  invalid_request_error: GENERATION_ERROR.INVALID_REQUEST,
  BadRequestError: GENERATION_ERROR.INVALID_REQUEST,
  context_length_exceeded: GENERATION_ERROR.INVALID_REQUEST,
};

/** `Retry-After-Ms` (Azure), else `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The `error` object of a JSON body, if it has one. */
export function errorObjectOf(body: string): OpenAiErrorObject | undefined {
  try {
    const error = (JSON.parse(body) as { error?: unknown }).error;
    return typeof error === 'object' && error !== null ? error : undefined;
  } catch {
    return undefined;
  }
}

export function openAiError(context: OpenAiFailureContext, code: GenerationErrorCode, reason: string, details: Record<string, unknown> = {}): AppError {
  return generationError(code, redactSecrets(`${context.model} at ${context.url} failed: ${reason}`, context.secrets), { provider: 'openai-compatible', model: context.model, ...details });
}

/** A non-2xx answer: `{error:{message}}` when the server sent one, else the start of its body. */
export function httpFailure(context: OpenAiFailureContext, status: number, headers: Headers, body: string): AppError {
  const error = errorObjectOf(body);
  const message = typeof error?.message === 'string' ? error.message : body.slice(0, 200) || '(empty body)';
  // Kept whatever the status: a 503 may carry Retry-After too (a model still loading).
  const retryAfter = retryAfterMs(headers);
  return openAiError(context, codeForStatus(status, error?.code ?? error?.type), `HTTP ${status}: ${message}`, {
    httpStatus: status, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
  });
}

/** An `error` object sent in place of a completion, mid-stream or in a 200 body: mapped as its status would be. */
export function errorEventFailure(context: OpenAiFailureContext, error: OpenAiErrorObject): AppError {
  const status = [error.status, error.code].map(Number).find((n) => Number.isInteger(n) && n >= 400 && n <= 599);
  const word = [error.code, error.type].find((w): w is string => typeof w === 'string' && w in CODE_BY_WORD);
  const code = status === undefined ? (word === undefined ? GENERATION_ERROR.UNAVAILABLE : CODE_BY_WORD[word]!) : codeForStatus(status, error.code ?? error.type);
  const message = typeof error.message === 'string' ? error.message : JSON.stringify(error).slice(0, 200);
  return openAiError(context, code, `error event: ${message}`, status === undefined ? {} : { httpStatus: status });
}

/** Where the exchange was when fetch or a body read threw. */
export interface TransportState {
  /** Response headers had arrived: a break after that is an interrupted stream. */
  readonly responded: boolean;
  readonly textStarted: boolean;
}

/** A failed fetch or body read: network codes are unavailable before any text and interrupted after. */
export function transportFailure(context: OpenAiFailureContext, error: unknown, state: TransportState): AppError {
  const network = networkErrorCode(error);
  const interrupted = network === undefined ? state.responded : state.textStarted;
  const detail = network ?? (error instanceof Error ? error.message : String(error));
  return openAiError(context, interrupted ? GENERATION_ERROR.STREAM_INTERRUPTED : GENERATION_ERROR.UNAVAILABLE,
    `${state.responded ? 'stream broke off' : 'request failed'} (${detail})`, network === undefined ? {} : { networkError: network });
}
