import { GatewayErrorCode, gatewayError } from '../../application/gateway-errors';
import type { ChatCompletionBody } from './schemas/request-schemas';

const MAX_QUESTION_CHARACTERS = 8000;

/** The question: the text of the last user message (string content or its text parts). */
export function questionOf(messages: ChatCompletionBody['messages']): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role !== 'user') continue;
    const content = message.content;
    const text = (typeof content === 'string' ? content : (content ?? []).map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('\n')).trim();
    if (text.length === 0) continue;
    if (text.length > MAX_QUESTION_CHARACTERS) {
      throw gatewayError(GatewayErrorCode.INVALID_REQUEST, `body.messages.${i}.content: must be at most ${MAX_QUESTION_CHARACTERS} characters`);
    }
    return text;
  }
  throw gatewayError(GatewayErrorCode.INVALID_REQUEST, 'body.messages: must contain a user message with text');
}
