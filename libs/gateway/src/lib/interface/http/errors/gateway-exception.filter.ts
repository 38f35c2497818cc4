import { Catch, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { describeError } from '@sagewire/errors';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { Request, Response } from 'express';
import { toHttpProblem, type HttpProblem } from './http-problem';

/** Writes a problem once: a stream already under way is ended instead (its status is sent). */
export function sendProblem(runtime: ServiceRuntime, host: ArgumentsHost, exception: unknown, body: (problem: HttpProblem) => unknown): void {
  const request = host.switchToHttp().getRequest<Request>();
  const response = host.switchToHttp().getResponse<Response>();
  const problem = toHttpProblem(exception);
  if (problem.status >= 500) runtime.logger.error('request failed', { method: request.method, path: request.path, ...describeError(exception) });
  if (response.headersSent) {
    response.end();
    return;
  }
  if (problem.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(problem.retryAfterSeconds));
  response.status(problem.status).json(body(problem));
}

/** `{ "error": { "code": "GATEWAY.X", "message": "what to do" } }` for every gateway route. */
@Catch()
@Injectable()
export class GatewayExceptionFilter implements ExceptionFilter {
  constructor(private readonly runtime: ServiceRuntime) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    sendProblem(this.runtime, host, exception, (p) => ({ error: { code: p.code, message: p.message } }));
  }
}

const OPENAI_TYPES: Readonly<Record<number, string>> = {
  401: 'authentication_error', 403: 'permission_error', 404: 'not_found_error', 429: 'rate_limit_error',
};

/** OpenAI's error shape, `{ error: { message, type, code } }`, so SDKs surface it as they expect. */
export function openAiError(problem: Pick<HttpProblem, 'status' | 'code' | 'message'>): { error: { message: string; type: string; code: string } } {
  const type = OPENAI_TYPES[problem.status] ?? (problem.status >= 500 ? 'api_error' : 'invalid_request_error');
  return { error: { message: problem.message, type, code: problem.code } };
}

@Catch()
@Injectable()
export class OpenAiExceptionFilter implements ExceptionFilter {
  constructor(private readonly runtime: ServiceRuntime) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    sendProblem(this.runtime, host, exception, openAiError);
  }
}
