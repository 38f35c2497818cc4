import type { ConversationTurn } from '../query-saga/query-saga.config';

/** The default history budget: room for several turns without crowding out the passages. */
export const DEFAULT_HISTORY_TOKEN_BUDGET = 1500;

/** About four characters per token; model-specific tokenizers belong to the providers. */
export function approximateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Cuts a conversation's earlier turns to `budget` tokens. The first customer turn is kept
 * (it usually states the problem), then the most recent turns that still fit, oldest first;
 * the turns in between are dropped whole, never cut in the middle.
 */
export function truncateHistory(turns: readonly ConversationTurn[], budget: number): ConversationTurn[] {
  if (turns.length === 0) return [];
  const [first, ...rest] = turns as [ConversationTurn, ...ConversationTurn[]];
  let remaining = budget - approximateTokens(first.text);
  if (remaining < 0) return [];
  const recent: ConversationTurn[] = [];
  for (let i = rest.length - 1; i >= 0; i--) {
    const cost = approximateTokens(rest[i]!.text);
    if (cost > remaining) break;
    remaining -= cost;
    recent.unshift(rest[i]!);
  }
  return [first, ...recent];
}
