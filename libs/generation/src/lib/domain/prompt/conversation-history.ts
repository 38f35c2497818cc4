import type { ChatMessage } from '../chat/chat-model.port';
import type { ConversationTurn } from '../model-provider.port';
import { stripCitationMarkers } from './citation-markers';
import { neutraliseSourcesTags } from './untrusted-text';

/** One history turn as prompt text; empty when there is nothing to keep. */
function turnText(turn: ConversationTurn): string {
  // An earlier answer's markers point into an earlier source list; left in, the model could copy them.
  const text = turn.role === 'assistant' ? stripCitationMarkers(turn.text) : turn.text;
  return neutraliseSourcesTags(text).trim();
}

/**
 * Earlier turns as chat messages, oldest first, in the shape chat models require: starting
 * with a user message and alternating roles. Consecutive turns of one role are merged with
 * a blank line (a customer who wrote twice), a leading assistant turn is dropped (a greeting
 * the widget showed), and empty turns are skipped.
 */
export function historyMessages(history: readonly ConversationTurn[]): ChatMessage[] {
  const merged: Array<{ role: ChatMessage['role']; texts: string[] }> = [];
  for (const turn of history) {
    const text = turnText(turn);
    if (text === '') continue;
    const role = turn.role === 'customer' ? 'user' : 'assistant';
    const last = merged[merged.length - 1];
    if (last?.role === role) last.texts.push(text);
    else if (last !== undefined || role === 'user') merged.push({ role, texts: [text] });
  }
  return merged.map(({ role, texts }) => ({ role, content: [{ type: 'text', text: texts.join('\n\n') }] }));
}
