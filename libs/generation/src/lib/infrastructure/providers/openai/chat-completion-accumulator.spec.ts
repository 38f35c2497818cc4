import type { ChatCall } from '../../../domain/chat/chat-model.port';
import { ChatCompletionAccumulator, type ChatCompletionChunk } from './chat-completion-accumulator';

const call: ChatCall = { model: 'm', system: 'Be brief.', messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is order A-1?' }] }], maxOutputTokens: 100 };
const delta = (d: NonNullable<NonNullable<ChatCompletionChunk['choices']>[number]['delta']>, finish_reason: string | null = null): ChatCompletionChunk => ({ choices: [{ index: 0, delta: d, finish_reason }] });

function fold(chunks: ChatCompletionChunk[]): { texts: string[]; accumulator: ChatCompletionAccumulator } {
  const accumulator = new ChatCompletionAccumulator();
  return { texts: chunks.map((c) => accumulator.apply(c)).filter((t) => t !== ''), accumulator };
}

describe('ChatCompletionAccumulator', () => {
  it('returns content deltas and reads finish_reason and the include_usage chunk', () => {
    const { texts, accumulator } = fold([
      delta({ role: 'assistant', content: '' } as never),
      delta({ content: 'Your order ' }),
      delta({ content: 'shipped.' }),
      delta({}, 'stop'),
      { choices: [], usage: { prompt_tokens: 50, completion_tokens: 4, prompt_tokens_details: { cached_tokens: 32 } } },
    ]);
    expect(texts).toEqual(['Your order ', 'shipped.']);
    expect(accumulator.finished).toBe(true);
    expect(accumulator.reply(call)).toEqual({ text: 'Your order shipped.', toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 18, outputTokens: 4, cacheReadTokens: 32 } });
  });

  it('accumulates tool-call arguments by index, keeping malformed ones raw with input undefined', () => {
    const { accumulator } = fold([
      delta({ tool_calls: [{ index: 0, id: 'call_a', function: { name: 'lookup_order', arguments: '' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '{"orderId"' } }] }),
      delta({ tool_calls: [{ index: 1, id: 'call_b', function: { name: 'track_parcel', arguments: '{"parcel": ' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: ':"A-1"}' } }] }),
      delta({ tool_calls: [{ index: 1, function: { arguments: 'P-9}' } }] }),
      delta({}, 'tool_calls'),
    ]);
    expect(accumulator.reply(call)).toMatchObject({
      stopReason: 'tool_use',
      toolCalls: [
        { id: 'call_a', name: 'lookup_order', input: { orderId: 'A-1' }, rawInput: '{"orderId":"A-1"}' },
        { id: 'call_b', name: 'track_parcel', input: undefined, rawInput: '{"parcel": P-9}' },
      ],
    });
  });

  it('estimates usage when the server sent none, and is unfinished without a finish_reason', () => {
    const { accumulator } = fold([delta({ content: 'x'.repeat(41) })]);
    expect(accumulator.finished).toBe(false);
    expect(accumulator.reply(call).usage).toEqual({ inputTokens: 8, outputTokens: 11 });
  });

  it('reads only choice 0', () => {
    const { texts } = fold([{ choices: [{ index: 1, delta: { content: 'other' } }, { index: 0, delta: { content: 'mine' } }] }]);
    expect(texts).toEqual(['mine']);
  });
});
