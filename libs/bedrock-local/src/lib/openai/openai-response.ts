import { randomBytes } from 'node:crypto';
import type { StopReason, TokenUsage, TurnPlan } from '../chat/turn-plan';

export type FinishReason = 'stop' | 'length' | 'tool_calls';

const FINISH_REASONS: Readonly<Record<StopReason, FinishReason>> = { end_turn: 'stop', max_tokens: 'length', tool_use: 'tool_calls' };

export function finishReason(stopReason: StopReason): FinishReason {
  return FINISH_REASONS[stopReason];
}

/** Identity shared by every chunk of one completion, as OpenAI repeats it. */
export interface CompletionIdentity {
  readonly id: string;
  readonly created: number;
  readonly model: string;
}

export function completionIdentity(model: string): CompletionIdentity {
  return { id: `chatcmpl-${randomBytes(12).toString('hex')}`, created: Math.floor(Date.now() / 1000), model };
}

/**
 * OpenAI's usage: `prompt_tokens` includes cached tokens (Bedrock's `inputTokens` does not),
 * and cache reads are reported as `prompt_tokens_details.cached_tokens`.
 */
export function openAiUsage(usage: TokenUsage): Record<string, unknown> {
  const promptTokens = usage.inputTokens + (usage.cacheReadInputTokens ?? 0) + (usage.cacheWriteInputTokens ?? 0);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: promptTokens + usage.outputTokens,
    ...(usage.cacheReadInputTokens === undefined ? {} : { prompt_tokens_details: { cached_tokens: usage.cacheReadInputTokens } }),
  };
}

/** The non-streaming `chat.completion` body. */
export function completionBody(identity: CompletionIdentity, plan: TurnPlan): unknown {
  const toolCalls = plan.toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.rawInput } }));
  return {
    id: identity.id,
    object: 'chat.completion',
    created: identity.created,
    model: identity.model,
    choices: [{
      index: 0,
      // OpenAI sends null content for a turn that only calls tools.
      message: { role: 'assistant', content: plan.text.length === 0 && toolCalls.length > 0 ? null : plan.text, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) },
      finish_reason: finishReason(plan.stopReason),
    }],
    usage: openAiUsage(plan.usage),
  };
}
