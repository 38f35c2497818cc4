import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import type { ChatCall } from '../../../domain/chat/chat-model.port';
import { ConverseStreamAccumulator } from './converse-stream-accumulator';

const call: ChatCall = { model: 'm', system: 'Be brief.', messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is order A-1?' }] }], maxOutputTokens: 100 };

function fold(events: ConverseStreamOutput[]): { texts: string[]; accumulator: ConverseStreamAccumulator } {
  const accumulator = new ConverseStreamAccumulator();
  const texts = events.map((event) => accumulator.apply(event)).filter((text) => text !== '');
  return { texts, accumulator };
}

describe('ConverseStreamAccumulator', () => {
  it('returns text deltas as they come and builds the reply from messageStop and metadata', () => {
    const { texts, accumulator } = fold([
      { messageStart: { role: 'assistant' } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Your order ' } } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: { text: 'thinking' } } } },
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'shipped.' } } },
      { contentBlockStop: { contentBlockIndex: 0 } },
      { messageStop: { stopReason: 'end_turn' } },
      { metadata: { usage: { inputTokens: 40, outputTokens: 5, totalTokens: 145, cacheReadInputTokens: 100 }, metrics: { latencyMs: 250 } } },
    ]);
    expect(texts).toEqual(['Your order ', 'shipped.']);
    expect(accumulator.finished).toBe(true);
    expect(accumulator.reply(call)).toEqual({
      text: 'Your order shipped.', toolCalls: [], stopReason: 'end_turn',
      usage: { inputTokens: 40, outputTokens: 5, cacheReadTokens: 100 }, providerLatencyMs: 250,
    });
  });

  it('joins tool input fragments per content block, keeping malformed input raw', () => {
    const { accumulator } = fold([
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Checking.' } } },
      { contentBlockStart: { contentBlockIndex: 1, start: { toolUse: { toolUseId: 'tu-1', name: 'lookup_order' } } } },
      { contentBlockDelta: { contentBlockIndex: 1, delta: { toolUse: { input: '{"orde' } } } },
      { contentBlockDelta: { contentBlockIndex: 1, delta: { toolUse: { input: 'rId":"A-1"}' } } } },
      { contentBlockStart: { contentBlockIndex: 2, start: { toolUse: { toolUseId: 'tu-2', name: 'track_parcel' } } } },
      { contentBlockDelta: { contentBlockIndex: 2, delta: { toolUse: { input: '{"parcel": P-9' } } } },
      { messageStop: { stopReason: 'tool_use' } },
    ]);
    const reply = accumulator.reply(call);
    expect(reply.stopReason).toBe('tool_use');
    expect(reply.toolCalls).toEqual([
      { id: 'tu-1', name: 'lookup_order', input: { orderId: 'A-1' }, rawInput: '{"orderId":"A-1"}' },
      { id: 'tu-2', name: 'track_parcel', input: undefined, rawInput: '{"parcel": P-9' },
    ]);
  });

  it('estimates usage at ~4 characters a token when metadata never came', () => {
    const { accumulator } = fold([
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'x'.repeat(41) } } },
      { messageStop: { stopReason: 'end_turn' } },
    ]);
    // Prompt: "Be brief." (9 chars → 3) + "Where is order A-1?" (19 chars → 5); output: 41 chars → 11.
    expect(accumulator.reply(call).usage).toEqual({ inputTokens: 8, outputTokens: 11 });
    expect(accumulator.reply(call)).not.toHaveProperty('providerLatencyMs');
  });

  it('is not finished before messageStop', () => {
    expect(fold([{ contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hi' } } }]).accumulator.finished).toBe(false);
  });
});
