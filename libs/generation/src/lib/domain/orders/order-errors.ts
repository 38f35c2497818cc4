import { AppError } from '@sagewire/errors';

/**
 * Error codes an `OrderLookup` rejects with. They are not model-call errors (the answer goes on
 * without the order, see `runOrderStatusTool`), so they live apart from `GENERATION_ERROR`;
 * they are what logs and metrics of the order tool count.
 */
export const ORDER_LOOKUP_ERROR = {
  /** The order system is down, overloaded, rate-limiting, unreachable or too slow (retriable). */
  UNAVAILABLE: 'GENERATION.ORDER_API_UNAVAILABLE',
  /** The order system refused our credentials (401/403): fix the configuration (not retriable). */
  MISCONFIGURED: 'GENERATION.ORDER_API_MISCONFIGURED',
  /** The order system answered outside its contract (bad JSON, wrong fields, odd status) (not retriable). */
  INVALID_RESPONSE: 'GENERATION.ORDER_API_INVALID_RESPONSE',
} as const;

export type OrderLookupErrorCode = (typeof ORDER_LOOKUP_ERROR)[keyof typeof ORDER_LOOKUP_ERROR];

/** An order lookup error whose retriability follows from its code. */
export function orderLookupError(code: OrderLookupErrorCode, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, { retriable: code === ORDER_LOOKUP_ERROR.UNAVAILABLE, details });
}
