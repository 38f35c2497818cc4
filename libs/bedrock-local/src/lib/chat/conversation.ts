/**
 * The protocol-neutral conversation the chat engine answers. Bedrock Converse and OpenAI chat
 * completions both parse into it, so the default answerer and the script behave the same
 * whichever wire protocol a test drives.
 */

export interface TextPart {
  readonly text: string;
}

export interface ToolUsePart {
  readonly toolUse: { readonly id: string; readonly name: string; readonly input: unknown };
}

export interface ToolResultPart {
  readonly toolResult: { readonly toolUseId: string; readonly text: string; readonly isError: boolean };
}

export type ChatPart = TextPart | ToolUsePart | ToolResultPart;

export interface ChatMessage {
  readonly role: 'user' | 'assistant';
  readonly parts: readonly ChatPart[];
}

/** A tool the caller offers; `inputSchema` is the JSON Schema of its input object. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: unknown;
}

export interface Conversation {
  readonly system: string;
  readonly messages: readonly ChatMessage[];
  readonly tools: readonly ToolSpec[];
  /** Undefined when the caller set no limit. */
  readonly maxTokens: number | undefined;
}

/** The plain text of a message's text parts, joined by blank lines. */
export function messageText(message: ChatMessage): string {
  return message.parts.flatMap((part) => ('text' in part ? [part.text] : [])).join('\n\n');
}

/** Every text the caller sent (system, texts, tool inputs and results), for token counts and input rules. */
export function conversationTexts(conversation: Conversation): string[] {
  const texts = conversation.system.length > 0 ? [conversation.system] : [];
  for (const message of conversation.messages) {
    for (const part of message.parts) {
      if ('text' in part) texts.push(part.text);
      else if ('toolUse' in part) texts.push(JSON.stringify(part.toolUse.input) ?? '');
      else texts.push(part.toolResult.text);
    }
  }
  return texts;
}
