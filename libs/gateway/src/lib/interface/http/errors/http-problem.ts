import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError } from '@sagewire/errors';
import { GatewayErrorCode } from '../../../application/gateway-errors';

export interface HttpProblem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly retryAfterSeconds?: number;
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [GatewayErrorCode.INVALID_REQUEST]: HttpStatus.BAD_REQUEST,
  [GatewayErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [GatewayErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [GatewayErrorCode.ADMIN_DISABLED]: HttpStatus.FORBIDDEN,
  [GatewayErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [GatewayErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [GatewayErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [GatewayErrorCode.UNSUPPORTED_MEDIA_TYPE]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [GatewayErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [GatewayErrorCode.QUERY_FAILED]: HttpStatus.BAD_GATEWAY,
  [GatewayErrorCode.ANSWER_TIMEOUT]: HttpStatus.GATEWAY_TIMEOUT,
};

/** Nest's own exceptions (multer's 413, a guard's 403) get the gateway's codes too. */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: GatewayErrorCode.INVALID_REQUEST,
  401: GatewayErrorCode.UNAUTHENTICATED,
  403: GatewayErrorCode.FORBIDDEN,
  404: GatewayErrorCode.NOT_FOUND,
  409: GatewayErrorCode.CONFLICT,
  413: GatewayErrorCode.PAYLOAD_TOO_LARGE,
  415: GatewayErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: GatewayErrorCode.RATE_LIMITED,
};

/** multer's terse messages, said as what to do. */
const CLEARER_MESSAGES: Readonly<Record<string, string>> = {
  'File too large': 'the file is larger than this gateway accepts (GATEWAY_MAX_DOCUMENT_BYTES)',
  'Unexpected field': 'send exactly one file, in a multipart part named "file"',
  'Too many files': 'send exactly one file, in a multipart part named "file"',
};

const INTERNAL: HttpProblem = { status: 500, code: GatewayErrorCode.INTERNAL, message: 'the gateway failed unexpectedly; retry later, and report it if it persists' };

/** Maps anything thrown while serving a request to a status, a code and a message for the caller. */
export function toHttpProblem(exception: unknown): HttpProblem {
  if (exception instanceof AppError) {
    const status = STATUS_BY_CODE[exception.code];
    if (status === undefined) return INTERNAL;
    const retryAfter = exception.details['retryAfterSeconds'];
    return { status, code: exception.code, message: exception.message, ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}) };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status >= 500) return INTERNAL;
    const message = messageOf(exception);
    return { status, code: CODE_BY_STATUS[status] ?? GatewayErrorCode.INVALID_REQUEST, message: CLEARER_MESSAGES[message] ?? message };
  }
  return INTERNAL;
}

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : exception.message;
}
