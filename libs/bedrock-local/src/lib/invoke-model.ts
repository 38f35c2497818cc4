import type { WireRequest, WireResponse } from './wire';
import { BedrockServiceError, writeJson } from './bedrock-error';
import { receiveModelCall, type ModelCallContext } from './model-call';
import { faultError } from './script';

/**
 * `POST /model/{modelId}/invoke`: log, authenticate, find the model, apply the script, then
 * let the model's handler answer. Only embedding models are served this way; chat models
 * answer Converse.
 */
export async function invokeModel(ctx: ModelCallContext, req: WireRequest, res: WireResponse, modelId: string): Promise<void> {
  const call = await receiveModelCall(ctx, req, res, 'InvokeModel', modelId);
  if (call === undefined) return;
  const { body: parsed, entry, fail } = call;
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
