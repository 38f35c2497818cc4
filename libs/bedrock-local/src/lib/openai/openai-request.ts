import type { ChatMessage, ChatPart, Conversation, ToolSpec } from '../chat/conversation';
import { invalidRequest } from './openai-error';

/** A chat-completions request as the engine needs it. */
export interface ChatCompletionsRequest {
  readonly model: string;
  readonly conversation: Conversation;
  readonly stream: boolean;
  /** `stream_options.include_usage`: a last chunk with empty choices carries the usage. */
  readonly includeUsage: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `content` as text: a string, null (an assistant turn that only calls tools), or text parts. */
function contentText(content: unknown, param: string): string {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
  throw invalidRequest(`Invalid type for '${param}': expected one of a string or an array of objects.`, param, 'invalid_type');
}

function toolCallParts(toolCalls: unknown, param: string): ChatPart[] {
  if (toolCalls === undefined || toolCalls === null) return [];
  if (!Array.isArray(toolCalls)) throw invalidRequest(`Invalid type for '${param}': expected an array.`, param, 'invalid_type');
  return toolCalls.map((call: unknown, i) => {
    const fn = isRecord(call) ? call.function : undefined;
    if (!isRecord(call) || typeof call.id !== 'string' || !isRecord(fn) || typeof fn.name !== 'string') {
      throw invalidRequest(`Missing required parameter: '${param}[${i}].function.name'.`, `${param}[${i}]`, 'missing_required_parameter');
    }
    const args = typeof fn.arguments === 'string' ? fn.arguments : '{}';
    let input: unknown = args;
    try {
      input = JSON.parse(args) as unknown;
    } catch {
      // A model may have produced broken arguments; the history keeps them as they were.
    }
    return { toolUse: { id: call.id, name: fn.name, input } };
  });
}

/**
 * OpenAI messages as a conversation: system and developer messages become the system text,
 * tool messages become tool results of a user turn, and consecutive turns of one role merge
 * (OpenAI allows them; the conversation alternates).
 */
function parseMessages(messages: unknown): { system: string; messages: ChatMessage[] } {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw invalidRequest("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array');
  }
  const system: string[] = [];
  const turns: { role: 'user' | 'assistant'; parts: ChatPart[] }[] = [];
  const calledIds = new Set<string>();
  const add = (role: 'user' | 'assistant', parts: ChatPart[]): void => {
    const last = turns.at(-1);
    if (last?.role === role) last.parts.push(...parts);
    else turns.push({ role, parts });
  };
  messages.forEach((message: unknown, i) => {
    const param = `messages[${i}]`;
    const role = isRecord(message) ? message.role : undefined;
    if (!isRecord(message)) throw invalidRequest(`Invalid type for '${param}': expected an object.`, param, 'invalid_type');
    const text = contentText(message.content, `${param}.content`);
    if (role === 'system' || role === 'developer') {
      system.push(text);
      return;
    }
    if (role === 'user') return add('user', [{ text }]);
    if (role === 'assistant') {
      const calls = toolCallParts(message.tool_calls, `${param}.tool_calls`);
      for (const call of calls) if ('toolUse' in call) calledIds.add(call.toolUse.id);
      return add('assistant', [...(text.length > 0 ? [{ text }] : []), ...calls]);
    }
    if (role === 'tool') {
      if (typeof message.tool_call_id !== 'string' || !calledIds.has(message.tool_call_id)) {
        throw invalidRequest("Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.", `${param}.role`);
      }
      return add('user', [{ toolResult: { toolUseId: message.tool_call_id, text, isError: false } }]);
    }
    throw invalidRequest(`Invalid value: '${String(role)}'. Supported values are: 'system', 'developer', 'user', 'assistant' and 'tool'.`, `${param}.role`, 'invalid_value');
  });
  return { system: system.join('\n\n'), messages: turns };
}

function parseTools(tools: unknown): ToolSpec[] {
  if (tools === undefined || tools === null) return [];
  if (!Array.isArray(tools)) throw invalidRequest("Invalid type for 'tools': expected an array.", 'tools', 'invalid_type');
  return tools.map((tool: unknown, i) => {
    const fn = isRecord(tool) ? tool.function : undefined;
    if (!isRecord(fn) || typeof fn.name !== 'string') throw invalidRequest(`Missing required parameter: 'tools[${i}].function.name'.`, `tools[${i}].function.name`, 'missing_required_parameter');
    return { name: fn.name, description: typeof fn.description === 'string' ? fn.description : '', inputSchema: fn.parameters ?? { type: 'object', properties: {} } };
  });
}

function parseMaxTokens(body: Record<string, unknown>): number | undefined {
  const param = body.max_completion_tokens !== undefined && body.max_completion_tokens !== null ? 'max_completion_tokens' : 'max_tokens';
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw invalidRequest(`Invalid '${param}': integer below minimum value. Expected a value >= 1, but got ${JSON.stringify(value)} instead.`, param, 'integer_below_min_value');
  }
  return value;
}

/** Parses and validates a `POST /v1/chat/completions` body; unknown fields are tolerated. */
export function parseChatCompletionsRequest(body: unknown): ChatCompletionsRequest {
  if (!isRecord(body)) throw invalidRequest('We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.');
  if (typeof body.model !== 'string' || body.model.length === 0) throw invalidRequest('you must provide a model parameter', 'model');
  const { system, messages } = parseMessages(body.messages);
  const options = isRecord(body.stream_options) ? body.stream_options : {};
  return {
    model: body.model,
    conversation: { system, messages, tools: parseTools(body.tools), maxTokens: parseMaxTokens(body) },
    stream: body.stream === true,
    includeUsage: options.include_usage === true,
  };
}
