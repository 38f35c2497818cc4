import type { WireResponse } from './wire';
import { randomUUID } from 'node:crypto';

/** The Bedrock Runtime error shapes this server can answer with, and their HTTP statuses. */
export const BEDROCK_ERROR_STATUS = {
  ValidationException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ModelTimeoutException: 408,
  ThrottlingException: 429,
  ModelNotReadyException: 429,
  /** The model itself failed (non-streaming twin of the stream's modelStreamErrorException). */
  ModelErrorException: 424,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
  UnknownOperationException: 404,
} as const;

export type BedrockErrorType = keyof typeof BEDROCK_ERROR_STATUS;

/** Thrown by handlers; {@link writeBedrockError} turns it into the wire response. */
export class BedrockServiceError extends Error {
  constructor(readonly type: BedrockErrorType, message: string) {
    super(message);
    this.name = type;
  }

  get status(): number {
    return BEDROCK_ERROR_STATUS[this.type];
  }
}

/**
 * Writes an error as Bedrock's restJson1 endpoint does: the type in `x-amzn-ErrorType` (with
 * the Coral namespace suffix the SDK strips), `{ "message": ... }` as the body. The SDK reads
 * the header to pick its exception class, so `error.name` in a client is `type`.
 */
export function writeBedrockError(res: WireResponse, error: BedrockServiceError): void {
  const body = JSON.stringify({ message: error.message });
  res.writeHead(error.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-amzn-errortype': `${error.type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    'x-amzn-requestid': randomUUID(),
  });
  res.end(body);
}

/** Writes a JSON success body with the request id header every Bedrock response carries. */
export function writeJson(res: WireResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': randomUUID(),
    ...headers,
  });
  res.end(body);
}
