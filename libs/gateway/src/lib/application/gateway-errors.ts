import { AppError } from '@sagewire/errors';

/** The gateway's error codes; the HTTP layer maps each to a status (interface/http/errors). */
export const GatewayErrorCode = {
  INVALID_REQUEST: 'GATEWAY.INVALID_REQUEST',
  UNAUTHENTICATED: 'GATEWAY.UNAUTHENTICATED',
  FORBIDDEN: 'GATEWAY.FORBIDDEN',
  ADMIN_DISABLED: 'GATEWAY.ADMIN_DISABLED',
  NOT_FOUND: 'GATEWAY.NOT_FOUND',
  CONFLICT: 'GATEWAY.CONFLICT',
  PAYLOAD_TOO_LARGE: 'GATEWAY.PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'GATEWAY.UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'GATEWAY.RATE_LIMITED',
  QUERY_FAILED: 'GATEWAY.QUERY_FAILED',
  ANSWER_TIMEOUT: 'GATEWAY.ANSWER_TIMEOUT',
  RESERVATION_NOT_FOUND: 'GATEWAY.RESERVATION_NOT_FOUND',
  INTERNAL: 'GATEWAY.INTERNAL',
} as const;

export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

/** A request the caller can fix: never retriable, the message says what to do. */
export function gatewayError(code: GatewayErrorCode, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, { retriable: false, details });
}
