import type { StopReason, TokenUsage, ToolCall } from '../../../domain/chat/chat-model.port';
// Provider-neutral, kept in the Bedrock folder: both adapters use it.
import { parseToolInput } from '../bedrock/tool-call-accumulator';

/** `usage` as OpenAI-compatible servers report it; every field may be missing on some server. */
export interface OpenAiUsage {
  readonly prompt_tokens?: number;
  readonly completion_tokens?: number;
  readonly prompt_tokens_details?: { readonly cached_tokens?: number } | null;
}

/** `function_call` is the pre-tools name of `tool_calls`, still sent by some servers. */
const STOP_REASONS: Readonly<Record<string, StopReason>> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
  content_filter: 'content_filtered',
};

/** Unknown reasons (a server's own, e.g. `eos`) end the turn. */
export function toStopReason(finishReason: string | null | undefined): StopReason {
  return (finishReason ? STOP_REASONS[finishReason] : undefined) ?? 'end_turn';
}

/**
 * OpenAI counts cached prompt tokens inside `prompt_tokens`; Bedrock counts them apart from
 * `inputTokens`. The port follows Bedrock, so the cached ones are taken out here and a
 * reply costs the same arithmetic whichever provider served it.
 */
export function toTokenUsage(usage: OpenAiUsage): TokenUsage {
  const cached = usage.prompt_tokens_details?.cached_tokens;
  const prompt = usage.prompt_tokens ?? 0;
  return {
    inputTokens: Math.max(0, prompt - (cached ?? 0)),
    outputTokens: usage.completion_tokens ?? 0,
    ...(cached === undefined ? {} : { cacheReadTokens: cached }),
  };
}

export interface OpenAiCompletion {
  readonly choices?: readonly {
    readonly message?: { readonly content?: string | null; readonly tool_calls?: readonly { readonly id?: string; readonly function?: { readonly name?: string; readonly arguments?: string } }[] | null };
    readonly finish_reason?: string | null;
  }[];
  readonly usage?: OpenAiUsage | null;
}

/** The parts of a non-streamed completion; usage is undefined when the server sent none, for the caller to estimate. */
export function fromChatCompletion(completion: OpenAiCompletion): { text: string; toolCalls: ToolCall[]; stopReason: StopReason; usage: TokenUsage | undefined } {
  const choice = completion.choices?.[0];
  const toolCalls = (choice?.message?.tool_calls ?? []).map((call, index): ToolCall => {
    const rawInput = call.function?.arguments ?? '';
    return { id: call.id || `call_${index}`, name: call.function?.name ?? '', input: parseToolInput(rawInput), rawInput };
  });
  return {
    text: choice?.message?.content ?? '',
    toolCalls,
    stopReason: toStopReason(choice?.finish_reason),
    usage: completion.usage ? toTokenUsage(completion.usage) : undefined,
  };
}
