import { fromChatCompletion, toStopReason, toTokenUsage } from './openai-chat-reply.mapper';

describe('OpenAI reply mapping', () => {
  it.each([
    ['stop', 'end_turn'],
    ['length', 'max_tokens'],
    ['tool_calls', 'tool_use'],
    ['function_call', 'tool_use'],
    ['content_filter', 'content_filtered'],
    ['eos', 'end_turn'],
    [null, 'end_turn'],
  ] as const)('maps finish_reason %s to %s', (reason, expected) => {
    expect(toStopReason(reason)).toBe(expected);
  });

  it('takes cached tokens out of prompt_tokens, as Bedrock counts them', () => {
    expect(toTokenUsage({ prompt_tokens: 1200, completion_tokens: 80, prompt_tokens_details: { cached_tokens: 1024 } }))
      .toEqual({ inputTokens: 176, outputTokens: 80, cacheReadTokens: 1024 });
    expect(toTokenUsage({ prompt_tokens: 12, completion_tokens: 3, prompt_tokens_details: null })).toEqual({ inputTokens: 12, outputTokens: 3 });
    expect(toTokenUsage({})).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  it('reads a non-streamed completion with tool calls, malformed arguments kept raw', () => {
    expect(fromChatCompletion({
      choices: [{ message: { content: null, tool_calls: [
        { id: 'c1', function: { name: 'lookup_order', arguments: '{"orderId":"A-1"}' } },
        { function: { name: 'lookup_order', arguments: '{orderId: A-1}' } },
      ] }, finish_reason: 'tool_calls' }],
      usage: { prompt_tokens: 10, completion_tokens: 5 },
    })).toEqual({
      text: '',
      toolCalls: [
        { id: 'c1', name: 'lookup_order', input: { orderId: 'A-1' }, rawInput: '{"orderId":"A-1"}' },
        { id: 'call_1', name: 'lookup_order', input: undefined, rawInput: '{orderId: A-1}' },
      ],
      stopReason: 'tool_use',
      usage: { inputTokens: 10, outputTokens: 5 },
    });
    expect(fromChatCompletion({ choices: [{ message: { content: 'Hi' }, finish_reason: 'stop' }] })).toMatchObject({ text: 'Hi', usage: undefined });
  });
});
