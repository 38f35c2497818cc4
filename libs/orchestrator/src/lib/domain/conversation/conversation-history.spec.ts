import { approximateTokens, truncateHistory } from './conversation-history';
import type { ConversationTurn } from '../query-saga/query-saga.config';

const turn = (role: ConversationTurn['role'], words: number, tag: string): ConversationTurn => ({ role, text: `${tag} ${'word '.repeat(words)}`.trim() });

describe('truncateHistory', () => {
  const history = [turn('customer', 20, 'first'), turn('assistant', 200, 'long'), turn('customer', 20, 'recent-q'), turn('assistant', 20, 'recent-a')];

  it('keeps everything that fits', () => {
    expect(truncateHistory(history, 10_000)).toEqual(history);
  });

  it('keeps the first turn and the latest turns that fit, dropping the middle whole', () => {
    const budget = approximateTokens(history[0]!.text) + approximateTokens(history[2]!.text) + approximateTokens(history[3]!.text);
    expect(truncateHistory(history, budget).map((t) => t.text.split(' ')[0])).toEqual(['first', 'recent-q', 'recent-a']);
  });

  it('returns nothing when even the first turn does not fit, and nothing for no history', () => {
    expect(truncateHistory(history, 3)).toEqual([]);
    expect(truncateHistory([], 100)).toEqual([]);
  });
});
