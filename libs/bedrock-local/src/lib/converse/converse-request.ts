import type { ChatMessage, ChatPart, Conversation } from '../chat/conversation';
import { constraint, invalid, isRecord, parseContentBlock, parseTools } from './converse-content';

function parseSystem(system: unknown): string {
  if (system === undefined) return '';
  if (!Array.isArray(system)) throw constraint('system', system, 'Member must be a list');
  return system.flatMap((block: unknown) => (isRecord(block) && typeof block.text === 'string' ? [block.text] : [])).join('\n\n');
}

function parseMaxTokens(inferenceConfig: unknown): number | undefined {
  const maxTokens = isRecord(inferenceConfig) ? inferenceConfig.maxTokens : undefined;
  if (maxTokens === undefined) return undefined;
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    throw constraint('inferenceConfig.maxTokens', maxTokens, 'Member must have value greater than or equal to 1');
  }
  return maxTokens;
}

function parseMessage(message: unknown, i: number): { role: 'user' | 'assistant'; parts: ChatPart[] } {
  const role = isRecord(message) ? message.role : undefined;
  if (role !== 'user' && role !== 'assistant') throw constraint(`messages.${i}.member.role`, role, 'Member must satisfy enum value set: [user, assistant]');
  const content = (message as Record<string, unknown>).content;
  if (!Array.isArray(content) || content.length === 0) {
    throw invalid(`The content field in the Message object at messages.${i} is empty. Add a ContentBlock object to the content field and try again.`);
  }
  const parts = content.flatMap((block: unknown, j) => parseContentBlock(block, `messages.${i}.content.${j}`) ?? []);
  return { role, parts };
}

/** Every tool result must answer a tool call of the assistant turn just before it, as Bedrock requires. */
function checkToolResults(messages: readonly ChatMessage[]): void {
  messages.forEach((message, i) => {
    const results = message.parts.flatMap((part) => ('toolResult' in part ? [part.toolResult.toolUseId] : []));
    if (results.length === 0) return;
    const previous = messages[i - 1];
    const calls = new Set(previous?.parts.flatMap((part) => ('toolUse' in part ? [part.toolUse.id] : [])) ?? []);
    if (results.length > calls.size) {
      throw invalid(`The number of toolResult blocks at messages.${i}.content exceeds the number of toolUse blocks of previous turn.`);
    }
    const unmatched = results.find((id) => !calls.has(id));
    if (unmatched !== undefined) {
      throw invalid(`The toolResult block with toolUseId ${unmatched} at messages.${i}.content does not match any toolUse block of the previous turn.`);
    }
  });
}

/**
 * A Converse or ConverseStream request body as a conversation, validated as Bedrock does;
 * anything wrong throws a ValidationException worded like Bedrock's. Fields the chat engine
 * does not use (temperature, topP, stopSequences, toolChoice, ...) are accepted and ignored.
 */
export function parseConverseRequest(body: unknown): Conversation {
  if (!isRecord(body)) throw invalid('Malformed input request: the request body must be a JSON object.');
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    throw constraint('messages', body.messages, 'Member must not be null and must have length greater than or equal to 1');
  }
  const messages = body.messages.map((message: unknown, i) => parseMessage(message, i));
  if (messages[0]!.role !== 'user') {
    throw invalid('A conversation must start with a user message. Try again with a conversation that starts with a user message.');
  }
  if (messages.some((message, i) => i > 0 && messages[i - 1]!.role === message.role)) {
    throw invalid('A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.');
  }
  checkToolResults(messages);
  const usesTools = messages.some((message) => message.parts.some((part) => 'toolUse' in part || 'toolResult' in part));
  if (usesTools && body.toolConfig === undefined) {
    throw invalid('The toolConfig field must be defined when using toolUse and toolResult content blocks.');
  }
  return { system: parseSystem(body.system), messages, tools: parseTools(body.toolConfig), maxTokens: parseMaxTokens(body.inferenceConfig) };
}
