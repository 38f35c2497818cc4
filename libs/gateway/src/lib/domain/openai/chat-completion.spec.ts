import { chatCompletion, chatCompletionChunk, completionContent, sourcesLine } from './chat-completion';

const identity = { queryId: 'q-1', model: 'sagewire', created: new Date('2025-03-14T09:26:53.589Z') };
const citations = [
  { documentId: 'd1', documentVersion: 1, title: 'Returns', section: 'Refunds', uri: 'https://example.com/returns' },
  { documentId: 'd2', documentVersion: 3, title: 'Shipping' },
];

describe('OpenAI-compatible shapes', () => {
  it('appends the sources to the answer', () => {
    expect(sourcesLine(citations)).toBe('Sources: [1] Returns, Refunds (https://example.com/returns); [2] Shipping');
    expect(completionContent({ text: 'Free.', citations })).toBe(`Free.\n\n${sourcesLine(citations)}`);
    expect(completionContent({ text: 'Free.', citations: [] })).toBe('Free.');
    expect(sourcesLine([{ documentId: 'd', documentVersion: 1, title: 'Returns > Refunds', section: 'Refunds' }])).toBe('Sources: [1] Returns > Refunds');
  });

  it('builds a chat.completion with usage', () => {
    const completion = chatCompletion(identity, { queryId: 'q-1', outcome: 'answered', text: 'Free.', citations: [], usage: { inputTokens: 10, outputTokens: 4 } });
    expect(completion).toEqual({
      id: 'chatcmpl-q-1', object: 'chat.completion', created: 1741944413, model: 'sagewire',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Free.' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 4, total_tokens: 14 },
    });
  });

  it('builds chunks with a delta', () => {
    expect(chatCompletionChunk(identity, { content: 'Hi' })).toEqual({
      id: 'chatcmpl-q-1', object: 'chat.completion.chunk', created: 1741944413, model: 'sagewire',
      choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }],
    });
  });
});
