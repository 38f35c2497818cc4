import { Catch, HttpException, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AppError, describeError } from '@sagewire/errors';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { Request, Response } from 'express';
import { AgentApiErrorCode } from '../../application/agent-errors';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [AgentApiErrorCode.INVALID_REQUEST]: 400,
  [AgentApiErrorCode.TICKET_NOT_FOUND]: 404,
  [AgentApiErrorCode.CLAIMED_BY_ANOTHER]: 409,
  [AgentApiErrorCode.NOT_CLAIMED]: 409,
  [AgentApiErrorCode.RESOLVED]: 409,
};

/** Nest's own exceptions (the token guard's 401 and 403, a malformed body's 400) get codes too. */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: AgentApiErrorCode.INVALID_REQUEST,
  401: AgentApiErrorCode.UNAUTHENTICATED,
  403: AgentApiErrorCode.FORBIDDEN,
  404: AgentApiErrorCode.TICKET_NOT_FOUND,
};

interface Problem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const INTERNAL: Problem = { status: 500, code: AgentApiErrorCode.INTERNAL, message: 'the escalation service failed unexpectedly; retry later, and report it if it persists' };

/** `{ "error": { "code", "message" } }`, as the gateway answers, so the agent dashboard reads one shape. */
@Catch()
@Injectable()
export class AgentApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly runtime: ServiceRuntime) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = problemOf(exception);
    if (problem.status >= 500) this.runtime.logger.error('agent API request failed', { method: request.method, path: request.path, ...describeError(exception) });
    response.status(problem.status).json({ error: { code: problem.code, message: problem.message } });
  }
}

function problemOf(exception: unknown): Problem {
  if (exception instanceof AppError) {
    const status = STATUS_BY_CODE[exception.code];
    return status === undefined ? INTERNAL : { status, code: exception.code, message: exception.message };
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
    return { status, code: CODE_BY_STATUS[status] ?? AgentApiErrorCode.INVALID_REQUEST, message };
  }
  return INTERNAL;
}
