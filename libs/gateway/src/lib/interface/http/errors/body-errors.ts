import { GatewayErrorCode } from '../../../application/gateway-errors';
import { openAiError } from './gateway-exception.filter';

/** The gateway's own route prefixes: other services hosted in the same process keep their handling. */
const GATEWAY_PREFIXES = ['/v1/tenants', '/v1/api-keys', '/v1/auth/', '/v1/conversations', '/v1/documents', '/v1/chat/'];

export interface BodyProblem {
  readonly status: number;
  readonly body: unknown;
}

/** body-parser's errors carry a `type`; only gateway routes are answered here. */
export function bodyErrorProblem(error: unknown, path: string): BodyProblem | undefined {
  if (!GATEWAY_PREFIXES.some((prefix) => path.startsWith(prefix))) return undefined;
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  let problem: { status: number; code: string; message: string };
  if (type === 'entity.parse.failed') {
    problem = { status: 400, code: GatewayErrorCode.INVALID_REQUEST, message: 'body: not valid JSON' };
  } else if (type === 'entity.too.large') {
    problem = { status: 413, code: GatewayErrorCode.PAYLOAD_TOO_LARGE, message: 'body: JSON bodies are limited to 100 kB; upload larger documents as multipart/form-data' };
  } else {
    return undefined;
  }
  const body = path.startsWith('/v1/chat/') ? openAiError(problem) : { error: { code: problem.code, message: problem.message } };
  return { status: problem.status, body };
}
