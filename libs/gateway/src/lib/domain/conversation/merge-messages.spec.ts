import { mergeByTime } from './merge-messages';

const at = (id: string, minute: number): { id: string; createdAt: string } => ({ id, createdAt: `2025-06-12T09:${String(minute).padStart(2, '0')}:00.000Z` });

describe('mergeByTime', () => {
  it('places each agent reply before the first later message, keeping the rest in order', () => {
    const messages = [at('question-1', 1), at('answer-1', 2), at('question-2', 10), at('answer-2', 11)];
    const replies = [at('agent-1', 5), at('agent-2', 12)];
    expect(mergeByTime(messages, replies).map((m) => m.id)).toEqual(['question-1', 'answer-1', 'agent-1', 'question-2', 'answer-2', 'agent-2']);
  });

  it('goes by time alone between a question and its answer, and changes nothing without replies', () => {
    const messages = [at('question', 1), at('answer', 9)];
    expect(mergeByTime(messages, [at('agent', 5)]).map((m) => m.id)).toEqual(['question', 'agent', 'answer']);
    expect(mergeByTime(messages, []).map((m) => m.id)).toEqual(['question', 'answer']);
  });
});
