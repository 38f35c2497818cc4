import { AppError } from '@sagewire/errors';

/**
 * Error codes of a model call, as `ModelInvocationFailed.errorCode` carries them. Retriable
 * ones may pass on the same model (after a backoff); the others move the saga to the next
 * model of its chain at once, because the same call would fail the same way again.
 */
export const GENERATION_ERROR = {
  /** Rate-limited by the provider (retriable, with backoff). */
  THROTTLED: 'GENERATION.THROTTLED',
  /** Provider down, overloaded, internal error, or unreachable (retriable). */
  UNAVAILABLE: 'GENERATION.UNAVAILABLE',
  /** The model is warming up (Bedrock ModelNotReadyException): retriable after a fixed wait. */
  MODEL_NOT_READY: 'GENERATION.MODEL_NOT_READY',
  /** No first token, or no further token, within the per-call timeout (retriable). */
  TIMEOUT: 'GENERATION.TIMEOUT',
  /** The response stream broke off before the model finished (retriable if nothing was shown). */
  STREAM_INTERRUPTED: 'GENERATION.STREAM_INTERRUPTED',
  /** The provider refused this request as malformed or too long (not retriable). */
  INVALID_REQUEST: 'GENERATION.INVALID_REQUEST',
  /** Credentials, permissions, model id or endpoint are wrong (not retriable). */
  MISCONFIGURED: 'GENERATION.MISCONFIGURED',
  /** The model's circuit breaker is open after repeated failures (not retriable: try the next model). */
  CIRCUIT_OPEN: 'GENERATION.CIRCUIT_OPEN',
  /** The tenant's model budget would be exceeded by this call (not retriable). */
  BUDGET_EXCEEDED: 'GENERATION.BUDGET_EXCEEDED',
  /** The model finished without writing any answer (not retriable on the same model). */
  EMPTY_ANSWER: 'GENERATION.EMPTY_ANSWER',
  /** The model kept calling tools (or calling them wrongly) past the allowed rounds (not retriable). */
  TOOL_LOOP: 'GENERATION.TOOL_LOOP',
} as const;

export type GenerationErrorCode = (typeof GENERATION_ERROR)[keyof typeof GENERATION_ERROR];

const RETRIABLE: ReadonlySet<string> = new Set([
  GENERATION_ERROR.THROTTLED,
  GENERATION_ERROR.UNAVAILABLE,
  GENERATION_ERROR.MODEL_NOT_READY,
  GENERATION_ERROR.TIMEOUT,
  GENERATION_ERROR.STREAM_INTERRUPTED,
]);

/** A generation error whose retriability follows from its code. */
export function generationError(code: GenerationErrorCode, message: string, details: Record<string, unknown> = {}, cause?: unknown): AppError {
  return new AppError(code, message, { retriable: RETRIABLE.has(code), details, ...(cause === undefined ? {} : { cause }) });
}
