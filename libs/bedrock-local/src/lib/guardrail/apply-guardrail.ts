import { BedrockServiceError, writeJson } from '../bedrock-error';
import { receiveModelCall, type ModelCallContext } from '../model-call';
import { faultError, type FaultKind } from '../script';
import type { WireRequest, WireResponse } from '../wire';
import { evaluateGuardrail } from './evaluate-guardrail';
import { guardrailIdOf, parseGuardrailRequest } from './guardrail-request';
import { applyGuardrailBody } from './guardrail-response';

function attempt<T>(parse: () => T): T | BedrockServiceError {
  try {
    return parse();
  } catch (error) {
    if (error instanceof BedrockServiceError) return error;
    throw error;
  }
}

/** A scripted fault worded for a guardrail where the model wording would mislead. */
function guardrailFault(fault: Exclude<FaultKind, 'hang'>): BedrockServiceError {
  if (fault === 'accessDenied') return new BedrockServiceError('AccessDeniedException', "You don't have access to the guardrail with the specified identifier.");
  return faultError(fault);
}

/**
 * `POST /guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply` (ApplyGuardrail):
 * log, authenticate, find the guardrail (the default one or one the script defined, by id or
 * ARN), apply the script (its queue is keyed by guardrail id), then screen the text. Any valid
 * version answers with the guardrail's one policy.
 */
export async function applyGuardrail(ctx: ModelCallContext, req: WireRequest, res: WireResponse, identifier: string, version: string): Promise<void> {
  const startedAt = Date.now();
  const guardrailId = attempt(() => guardrailIdOf(identifier, version));
  const call = await receiveModelCall(ctx, req, res, 'ApplyGuardrail', guardrailId instanceof BedrockServiceError ? identifier : guardrailId);
  if (call === undefined) return;
  const { body, entry, fail } = call;
  if (guardrailId instanceof BedrockServiceError) return fail(guardrailId);
  const policy = ctx.script.guardrailPolicy(guardrailId);
  if (policy === undefined) return fail(new BedrockServiceError('ResourceNotFoundException', `The guardrail ${identifier} with version ${version} was not found. Check the guardrail identifier and version and try again.`));
  if (!body.ok) return fail(new BedrockServiceError('ValidationException', 'Malformed input request: the body is not valid JSON, please reformat your input and try again.'));
  const request = attempt(() => parseGuardrailRequest(body.value));
  if (request instanceof BedrockServiceError) return fail(request);

  const plan = ctx.script.plan(guardrailId, request.blocks.map((b) => b.text));
  // A hung call is never answered: the client's timeout or the server's close ends it.
  if (plan.fault === 'hang') return;
  if (plan.delayMs > 0 && !(await ctx.delay(plan.delayMs))) return;
  if (plan.fault !== undefined) return fail(guardrailFault(plan.fault));
  const evaluation = evaluateGuardrail(policy, request);
  entry.status = 200;
  writeJson(res, 200, applyGuardrailBody(policy, request, evaluation, Date.now() - startedAt));
}
