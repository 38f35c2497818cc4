import type { ChatCall, ContentPart, TokenUsage, ToolCall } from '../../../domain/chat/chat-model.port';
import { approximateTokens } from '../../../domain/tokens';

function partText(part: ContentPart): string {
  switch (part.type) {
    case 'text': return part.text;
    case 'tool_use': return `${part.name} ${JSON.stringify(part.input ?? {})}`;
    case 'tool_result': return part.text;
  }
}

/**
 * Token usage by the codebase's rule of thumb (~4 characters a token, `approximateTokens`),
 * for a reply whose provider never reported usage: a Bedrock stream cut after `messageStop`
 * but before `metadata`, or an OpenAI-compatible server that ignores `include_usage`. The
 * answer itself is complete, so failing the call would waste it; budgets and cost get an
 * estimate instead of zero, which would let such a server run for free.
 */
export function estimatedUsage(call: ChatCall, text: string, toolCalls: readonly ToolCall[]): TokenUsage {
  const prompt = [call.system, ...call.messages.flatMap((m) => m.content.map(partText)), ...(call.tools ?? []).map((t) => JSON.stringify(t))];
  const output = [text, ...toolCalls.map((c) => `${c.name} ${c.rawInput}`)];
  return {
    inputTokens: prompt.reduce((sum, piece) => sum + approximateTokens(piece), 0),
    outputTokens: output.reduce((sum, piece) => sum + approximateTokens(piece), 0),
  };
}
