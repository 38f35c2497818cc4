import { fnv1a32 } from '../models/hashed-text-embedding';
import { conversationTexts, messageText, type ChatMessage, type Conversation, type ToolResultPart } from './conversation';
import { answerFromToolResult, findOrderNumber, pickLookupTool } from './order-lookup';
import { answerFromSources, NO_ANSWER, questionOf } from './sources-answer';
import type { ToolCall } from './turn-plan';

/** What the model says and calls, before usage, limits and timing are applied. */
export interface DefaultAnswer {
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
}

/** Deterministic, so a replayed conversation gets the same id; the prefix is Bedrock's. */
export function defaultToolUseId(conversation: Conversation): string {
  return `tooluse_${fnv1a32(conversationTexts(conversation).join('\u0000')).toString(16).padStart(8, '0')}`;
}

/**
 * The answer of the scriptless model, in order of precedence:
 * 1. the latest user message carries tool results → answer from them;
 * 2. tools are offered, the question names an order number and a tool takes exactly one
 *    required string → call that tool with the number (no text);
 * 3. otherwise answer from the `<sources>` passages with `[n]` markers, or say there is not
 *    enough information.
 */
export function answerByDefault(conversation: Conversation): DefaultAnswer {
  const latestUser = [...conversation.messages].reverse().find((m: ChatMessage) => m.role === 'user');
  if (latestUser === undefined) return { text: NO_ANSWER, toolCalls: [] };
  const results = latestUser.parts.filter((part): part is ToolResultPart => 'toolResult' in part);
  if (results.length > 0) {
    const answers = results.map((part) => answerFromToolResult(conversation.messages, part));
    return { text: [...new Set(answers)].join(' '), toolCalls: [] };
  }
  const prompt = messageText(latestUser);
  const orderNumber = findOrderNumber(questionOf(prompt));
  const tool = orderNumber === undefined ? undefined : pickLookupTool(conversation.tools);
  if (tool !== undefined && orderNumber !== undefined) {
    return { text: '', toolCalls: [{ id: defaultToolUseId(conversation), name: tool.name, rawInput: JSON.stringify({ [tool.property]: orderNumber }) }] };
  }
  return { text: answerFromSources(prompt), toolCalls: [] };
}
