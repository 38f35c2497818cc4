import type { ChatCall, ChatMessage, ContentPart } from '../../../domain/chat/chat-model.port';

export interface OpenAiToolCall {
  readonly id: string;
  readonly type: 'function';
  readonly function: { readonly name: string; readonly arguments: string };
}

export type OpenAiMessage =
  | { readonly role: 'system' | 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string | null; readonly tool_calls?: readonly OpenAiToolCall[] }
  | { readonly role: 'tool'; readonly tool_call_id: string; readonly content: string };

export interface ChatCompletionBody {
  readonly model: string;
  readonly messages: readonly OpenAiMessage[];
  readonly max_tokens: number;
  readonly temperature?: number;
  readonly tools?: readonly { readonly type: 'function'; readonly function: { readonly name: string; readonly description: string; readonly parameters: Readonly<Record<string, unknown>> } }[];
  readonly stream: boolean;
  readonly stream_options?: { readonly include_usage: true };
}

/** Text parts of one message as one string: servers disagree on content arrays, every one takes a string. */
function joinedText(parts: readonly ContentPart[]): string {
  return parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n\n');
}

function toMessages(message: ChatMessage): OpenAiMessage[] {
  const text = joinedText(message.content);
  if (message.role === 'assistant') {
    const toolCalls = message.content.flatMap((part): OpenAiToolCall[] =>
      part.type === 'tool_use' ? [{ id: part.id, type: 'function', function: { name: part.name, arguments: JSON.stringify(part.input ?? {}) } }] : []);
    if (toolCalls.length === 0) return [{ role: 'assistant', content: text }];
    return [{ role: 'assistant', content: text === '' ? null : text, tool_calls: toolCalls }];
  }
  // Tool results must directly follow the assistant turn that called them, so they go before the user's own text.
  // OpenAI has no error flag on a tool result: the prefix tells the model the tool failed.
  const results = message.content.flatMap((part): OpenAiMessage[] =>
    part.type === 'tool_result' ? [{ role: 'tool', tool_call_id: part.toolUseId, content: part.isError ? `Error: ${part.text}` : part.text }] : []);
  return text === '' && results.length > 0 ? results : [...results, { role: 'user', content: text }];
}

/**
 * A port call as a `POST /v1/chat/completions` body: the system prompt first (left out when
 * blank), a port message with tool results becoming one `tool` message per result, and
 * `stream_options.include_usage` so a stream ends with its token counts.
 */
export function toChatCompletionBody(call: ChatCall): ChatCompletionBody {
  const stream = call.stream !== false;
  return {
    model: call.model,
    messages: [...(call.system.trim() === '' ? [] : [{ role: 'system' as const, content: call.system }]), ...call.messages.flatMap(toMessages)],
    max_tokens: call.maxOutputTokens,
    ...(call.temperature === undefined ? {} : { temperature: call.temperature }),
    ...(call.tools === undefined || call.tools.length === 0 ? {} : {
      tools: call.tools.map((tool) => ({ type: 'function' as const, function: { name: tool.name, description: tool.description, parameters: tool.inputSchema } })),
    }),
    stream,
    ...(stream ? { stream_options: { include_usage: true as const } } : {}),
  };
}
