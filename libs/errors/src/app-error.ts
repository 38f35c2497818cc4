/**
 * The one error type that crosses module and process boundaries.
 *
 * Codes are `AREA.REASON` strings (e.g. `MESSAGING.BROKER_UNAVAILABLE`) so they survive
 * serialization into DLQ headers and events; callers compare codes, never classes.
 * `retriable` says whether trying the same operation again may succeed, like kafkajs errors.
 */
export class AppError extends Error {
  readonly code: string;
  readonly retriable: boolean;
  /** Structured, non-secret details safe to log and put in headers. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
    message: string,
    options: { retriable?: boolean; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retriable = options.retriable ?? false;
    this.details = options.details ?? {};
  }
}

/** Code used for errors that are not AppErrors: unknown failures are retried, then dead-lettered. */
export const UNEXPECTED_ERROR_CODE = 'UNEXPECTED';

/** Reads code and retriability from anything thrown; unknown errors count as retriable. */
export function describeError(error: unknown): { code: string; retriable: boolean; message: string } {
  if (error instanceof AppError) {
    return { code: error.code, retriable: error.retriable, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: UNEXPECTED_ERROR_CODE, retriable: true, message };
}
