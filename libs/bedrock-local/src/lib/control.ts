import type { WireRequest, WireResponse } from './wire';
import { z } from 'zod';
import { writeJson } from './bedrock-error';
import { checkScriptedReply } from './chat/scripted-reply';
import { scriptedReplySchema } from './chat/scripted-reply.schema';
import { GUARDRAIL_ID_PATTERN, localGuardrailConfigSchema } from './guardrail/guardrail-config';
import { parseJson, readBody } from './read-body';
import type { LoggedRequest } from './request-log';
import { FAULT_KINDS, type LocalBedrockScript } from './script';

const faultKind = z.enum(FAULT_KINDS);

/**
 * `POST /__control/script`: the in-process script API over HTTP, for a server run by hand
 * (`npm run bedrock:local`). Additive: it queues after what is already scripted.
 */
export const controlScriptSchema = z.strictObject({
  latencyMs: z.number().min(0).optional(),
  /** Every streamed chat reply waits this long before its first content delta. */
  firstTokenDelayMs: z.number().min(0).optional(),
  /** ... and this long between content deltas. */
  chunkDelayMs: z.number().min(0).optional(),
  faults: z.array(z.union([
    z.strictObject({ modelId: z.string().min(1), fault: faultKind, times: z.number().int().min(1).default(1) }),
    z.strictObject({ modelId: z.string().min(1), delayMs: z.number().min(0), times: z.number().int().min(1).default(1) }),
  ])).default([]),
  failWhenInputContains: z.array(z.strictObject({ text: z.string().min(1), fault: faultKind.default('internal') })).default([]),
  /** Scripted chat turns, queued per model after the faults of the same request. */
  replies: z.array(z.strictObject({ modelId: z.string().min(1), reply: scriptedReplySchema, times: z.number().int().min(1).default(1) })).default([]),
  /** Guardrails for ApplyGuardrail; their faults go in `faults`, with the guardrail id as `modelId`. */
  guardrails: z.array(z.strictObject({ guardrailId: z.string().regex(GUARDRAIL_ID_PATTERN), config: localGuardrailConfigSchema })).default([]),
});

export type ControlScript = z.input<typeof controlScriptSchema>;

export interface ControlContext {
  readonly script: LocalBedrockScript;
  readonly log: readonly LoggedRequest[];
  reset(): void;
}

export function applyControlScript(script: LocalBedrockScript, input: unknown): void {
  const parsed = controlScriptSchema.parse(input);
  // Check every reply before applying anything, so a bad script changes nothing.
  for (const step of parsed.replies) checkScriptedReply(step.reply);
  for (const guardrail of parsed.guardrails) script.defineGuardrail(guardrail.guardrailId, guardrail.config);
  if (parsed.latencyMs !== undefined) script.setLatency(parsed.latencyMs);
  if (parsed.firstTokenDelayMs !== undefined) script.setFirstTokenDelay(parsed.firstTokenDelayMs);
  if (parsed.chunkDelayMs !== undefined) script.setChunkDelay(parsed.chunkDelayMs);
  for (const step of parsed.faults) script.enqueue(step.modelId, 'fault' in step ? step.fault : { delayMs: step.delayMs }, step.times);
  for (const rule of parsed.failWhenInputContains) script.failWhenInputContains(rule.text, rule.fault);
  for (const step of parsed.replies) script.enqueueReply(step.modelId, step.reply, step.times);
}

export async function postScript(ctx: ControlContext, req: WireRequest, res: WireResponse): Promise<void> {
  const body = parseJson(await readBody(req));
  const result = body.ok ? controlScriptSchema.safeParse(body.value) : undefined;
  if (result === undefined || !result.success) {
    const problems = result === undefined ? ['body is not JSON'] : result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return writeJson(res, 400, { message: `invalid script: ${problems.join('; ')}` });
  }
  try {
    applyControlScript(ctx.script, result.data);
  } catch (error) {
    // Parsed but contradictory (scripted chunks that do not make up the scripted text).
    return writeJson(res, 400, { message: `invalid script: ${error instanceof Error ? error.message : String(error)}` });
  }
  writeJson(res, 200, { ok: true });
}

export function getRequests(ctx: ControlContext, res: WireResponse): void {
  writeJson(res, 200, { requests: ctx.log });
}

export async function postReset(ctx: ControlContext, req: WireRequest, res: WireResponse): Promise<void> {
  await readBody(req);
  ctx.reset();
  writeJson(res, 200, { ok: true });
}
