import type { ContentBlock, ConverseRequest, Message, Tool, ToolUseBlock } from '@aws-sdk/client-bedrock-runtime';
import type { ChatCall, ContentPart } from '../../../domain/chat/chat-model.port';

/** The fields Converse and ConverseStream share, so one mapping serves both operations. */
export type ConverseInput = Required<Pick<ConverseRequest, 'modelId' | 'messages' | 'inferenceConfig'>> & Pick<ConverseRequest, 'system' | 'toolConfig'>;

/** The SDK's JSON document type; port values are JSON already, so the casts below only restate that. */
type JsonDocument = NonNullable<ToolUseBlock['input']>;

/** Bedrock refuses a text block that is blank ("The text field in the ContentBlock object is blank"). */
function isBlank(text: string): boolean {
  return text.trim() === '';
}

function toContentBlock(part: ContentPart): ContentBlock | undefined {
  switch (part.type) {
    case 'text':
      return isBlank(part.text) ? undefined : { text: part.text };
    case 'tool_use':
      // A call whose arguments did not parse is echoed with an empty object: Bedrock requires a JSON object here.
      return { toolUse: { toolUseId: part.id, name: part.name, input: (part.input ?? {}) as JsonDocument } };
    case 'tool_result':
      return { toolResult: { toolUseId: part.toolUseId, content: [{ text: part.text }], status: part.isError ? 'error' : 'success' } };
  }
}

function toMessage(message: ChatCall['messages'][number]): Message {
  const content = message.content.map(toContentBlock).filter((block): block is ContentBlock => block !== undefined);
  return { role: message.role, content };
}

/**
 * A port call as Converse input. Blank text parts are dropped (an assistant turn often has
 * an empty preamble before its tool call, and Bedrock rejects blank blocks); a message left
 * with no content at all is sent as is, and Bedrock's refusal of it is the right outcome.
 */
export function toConverseInput(call: ChatCall): ConverseInput {
  const tools: Tool[] = (call.tools ?? []).map((tool) => ({
    toolSpec: { name: tool.name, description: tool.description, inputSchema: { json: tool.inputSchema as JsonDocument } },
  }));
  return {
    modelId: call.model,
    messages: call.messages.map(toMessage),
    ...(isBlank(call.system) ? {} : { system: [{ text: call.system }] }),
    inferenceConfig: { maxTokens: call.maxOutputTokens, ...(call.temperature === undefined ? {} : { temperature: call.temperature }) },
    ...(tools.length === 0 ? {} : { toolConfig: { tools } }),
  };
}
