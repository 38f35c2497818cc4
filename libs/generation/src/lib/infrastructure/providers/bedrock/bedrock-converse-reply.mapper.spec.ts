import { fromConverseResponse, toStopReason, toTokenUsage } from './bedrock-converse-reply.mapper';

describe('Bedrock reply mapping', () => {
  it.each([
    ['end_turn', 'end_turn'],
    ['stop_sequence', 'end_turn'],
    ['tool_use', 'tool_use'],
    ['malformed_tool_use', 'tool_use'],
    ['max_tokens', 'max_tokens'],
    ['model_context_window_exceeded', 'max_tokens'],
    ['guardrail_intervened', 'content_filtered'],
    ['content_filtered', 'content_filtered'],
    ['malformed_model_output', 'end_turn'],
    ['some_future_reason', 'end_turn'],
    [undefined, 'end_turn'],
  ] as const)('maps stop reason %s to %s', (bedrock, expected) => {
    expect(toStopReason(bedrock)).toBe(expected);
  });

  it('maps usage with and without cache counts', () => {
    expect(toTokenUsage({ inputTokens: 12, outputTokens: 34, totalTokens: 1546, cacheReadInputTokens: 1500, cacheWriteInputTokens: 0 }))
      .toEqual({ inputTokens: 12, outputTokens: 34, cacheReadTokens: 1500, cacheWriteTokens: 0 });
    expect(toTokenUsage({ inputTokens: 12, outputTokens: 34, totalTokens: 46 })).toEqual({ inputTokens: 12, outputTokens: 34 });
  });

  it('reads a non-streamed Converse response, tool inputs included', () => {
    const reply = fromConverseResponse({
      output: { message: { role: 'assistant', content: [{ text: 'Let me check. ' }, { toolUse: { toolUseId: 't1', name: 'lookup_order', input: { orderId: 'A-1' } } }, { text: 'One moment.' }] } },
      stopReason: 'tool_use',
      usage: { inputTokens: 100, outputTokens: 20, totalTokens: 120 },
      metrics: { latencyMs: 321 },
    });
    expect(reply).toEqual({
      text: 'Let me check. One moment.',
      toolCalls: [{ id: 't1', name: 'lookup_order', input: { orderId: 'A-1' }, rawInput: '{"orderId":"A-1"}' }],
      stopReason: 'tool_use',
      usage: { inputTokens: 100, outputTokens: 20 },
      providerLatencyMs: 321,
    });
    const malformed = fromConverseResponse({
      output: { message: { role: 'assistant', content: [{ toolUse: { toolUseId: 't2', name: 'lookup_order', input: '{"orderId": A-1' } }] } },
      stopReason: 'tool_use', usage: undefined, metrics: undefined,
    });
    expect(malformed.toolCalls).toEqual([{ id: 't2', name: 'lookup_order', input: undefined, rawInput: '{"orderId": A-1' }]);
    expect(fromConverseResponse({ output: undefined, stopReason: undefined, usage: undefined, metrics: undefined }).usage).toBeUndefined();
  });
});
