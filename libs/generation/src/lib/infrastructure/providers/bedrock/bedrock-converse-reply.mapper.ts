import type { ConverseResponse, TokenUsage as BedrockTokenUsage } from '@aws-sdk/client-bedrock-runtime';
import type { ChatReply, StopReason, TokenUsage, ToolCall } from '../../../domain/chat/chat-model.port';
import { parseToolInput } from './tool-call-accumulator';

/**
 * Bedrock's stop reasons, normalised. `model_context_window_exceeded` cut the answer short
 * like `max_tokens` does; `malformed_tool_use` still ends a tool turn, whose broken calls the
 * layer above reports; `malformed_model_output` and reasons added after this SDK version end
 * the turn, the text (possibly none) being judged above.
 */
const STOP_REASONS: Readonly<Record<string, StopReason>> = {
  end_turn: 'end_turn',
  stop_sequence: 'end_turn',
  tool_use: 'tool_use',
  malformed_tool_use: 'tool_use',
  max_tokens: 'max_tokens',
  model_context_window_exceeded: 'max_tokens',
  guardrail_intervened: 'content_filtered',
  content_filtered: 'content_filtered',
};

export function toStopReason(bedrockReason: string | undefined): StopReason {
  return (bedrockReason === undefined ? undefined : STOP_REASONS[bedrockReason]) ?? 'end_turn';
}

/** Bedrock counts cached prompt tokens apart from `inputTokens` (total = input + output + cache read + cache write). */
export function toTokenUsage(usage: BedrockTokenUsage): TokenUsage {
  return {
    inputTokens: usage.inputTokens ?? 0,
    outputTokens: usage.outputTokens ?? 0,
    ...(usage.cacheReadInputTokens === undefined ? {} : { cacheReadTokens: usage.cacheReadInputTokens }),
    ...(usage.cacheWriteInputTokens === undefined ? {} : { cacheWriteTokens: usage.cacheWriteInputTokens }),
  };
}

/**
 * The reply of the non-streaming `Converse`, whose tool inputs arrive parsed already:
 * `rawInput` is their JSON text again. Usage is undefined when the response had none, for
 * the caller to estimate.
 */
export function fromConverseResponse(response: Pick<ConverseResponse, 'output' | 'stopReason' | 'usage' | 'metrics'>): Omit<ChatReply, 'usage'> & { usage: TokenUsage | undefined } {
  const blocks = response.output?.message?.content ?? [];
  const text = blocks.map((block) => block.text ?? '').join('');
  const toolCalls: ToolCall[] = blocks.flatMap((block) => {
    if (block.toolUse === undefined) return [];
    // A string input is arguments the model wrote but that are no JSON object: kept as written.
    const input = block.toolUse.input;
    const rawInput = typeof input === 'string' ? input : JSON.stringify(input ?? {});
    return [{ id: block.toolUse.toolUseId ?? '', name: block.toolUse.name ?? '', input: parseToolInput(rawInput), rawInput }];
  });
  const latency = response.metrics?.latencyMs;
  return {
    text, toolCalls, stopReason: toStopReason(response.stopReason),
    usage: response.usage === undefined ? undefined : toTokenUsage(response.usage),
    ...(latency === undefined ? {} : { providerLatencyMs: latency }),
  };
}
