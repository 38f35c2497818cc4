import type { WireRequest, WireResponse } from './wire';
import { BedrockServiceError, writeBedrockError, writeJson } from './bedrock-error';
import type { InvokeModelHandler } from './models/model-handler';
import { parseJson, readBody } from './read-body';
import type { LoggedRequest } from './request-log';
import { faultError, type LocalBedrockScript } from './script';

/** What every model-call operation shares: the script, the log, and the server's lifetime. */
export interface ModelCallContext {
  readonly script: LocalBedrockScript;
  readonly log: LoggedRequest[];
  readonly handlers: ReadonlyMap<string, InvokeModelHandler>;
  /** Resolves after `ms`, or at once with false when the server is closing. */
  delay(ms: number): Promise<boolean>;
}

/** SigV4 is required but not verified: any signed request is let in, as a local stand-in should. */
export function isSigned(req: WireRequest): boolean {
  return (req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256');
}

/**
 * `POST /model/{modelId}/invoke`: log, authenticate, find the model, apply the script, then
 * let the model's handler answer. Converse and the streaming operations will share the same
 * steps up to the handler call.
 */
export async function invokeModel(ctx: ModelCallContext, req: WireRequest, res: WireResponse, modelId: string): Promise<void> {
  const raw = await readBody(req);
  const parsed = parseJson(raw);
  const entry: LoggedRequest = { operation: 'InvokeModel', modelId, body: parsed.ok ? parsed.value : raw, receivedAt: new Date().toISOString(), status: undefined };
  ctx.log.push(entry);
  const fail = (error: BedrockServiceError): void => {
    entry.status = error.status;
    writeBedrockError(res, error);
  };

  if (!isSigned(req)) return fail(new BedrockServiceError('AccessDeniedException', 'Missing or unsigned Authorization header: requests must be signed with AWS Signature Version 4.'));
  const handler = ctx.handlers.get(modelId);
  if (handler === undefined) return fail(new BedrockServiceError('ResourceNotFoundException', `Could not resolve the foundation model from the provided model identifier: ${modelId}.`));
  if (!parsed.ok) return fail(new BedrockServiceError('ValidationException', 'Malformed input request: the body is not valid JSON, please reformat your input and try again.'));

  const plan = ctx.script.plan(modelId, handler.inputTexts(parsed.value));
  // A hung call is simply never answered: the client's timeout or the server's close ends it.
  if (plan.fault === 'hang') return;
  if (plan.delayMs > 0 && !(await ctx.delay(plan.delayMs))) return;
  if (plan.fault !== undefined) return fail(faultError(plan.fault));
  try {
    const answer = handler.invoke(modelId, parsed.value);
    entry.status = 200;
    writeJson(res, 200, answer.body, answer.headers);
  } catch (error) {
    if (error instanceof BedrockServiceError) return fail(error);
    throw error;
  }
}
