import { AppError } from '@sagewire/errors';

/** Error codes of a second-opinion review. */
export const SECOND_OPINION_ERROR = {
  /** Rate-limited by the reviewing service (retriable, with backoff). */
  THROTTLED: 'GUARDRAILS.SECOND_OPINION_THROTTLED',
  /** The service is down, failed internally, was unreachable or did not answer in time (retriable). */
  UNAVAILABLE: 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE',
  /** Credentials, permissions, guardrail id or version are wrong, or the request was refused as invalid (not retriable). */
  MISCONFIGURED: 'GUARDRAILS.SECOND_OPINION_MISCONFIGURED',
} as const;

export type SecondOpinionErrorCode = (typeof SECOND_OPINION_ERROR)[keyof typeof SECOND_OPINION_ERROR];

/** A second-opinion error whose retriability follows from its code. */
export function secondOpinionError(code: SecondOpinionErrorCode, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, { retriable: code !== SECOND_OPINION_ERROR.MISCONFIGURED, details });
}
