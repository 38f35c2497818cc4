import type { Conversation } from './conversation';
import { buildTurnPlan, checkScriptedReply } from './scripted-reply';
import { playTurn, type ContentDelta, type TurnSink } from './turn-player';
import { splitIntoChunks, splitToolInput, type TurnPlan } from './turn-plan';

const TIMING = { firstTokenDelayMs: 7, chunkDelayMs: 3 };
const PROMPT = '<sources>\n[1] Refunds\nRefunds reach your card within five business days.\n</sources>\n\nQuestion: When do refunds reach my card?';
const asks = (maxTokens?: number): Conversation => ({ system: 'Be brief.', messages: [{ role: 'user', parts: [{ text: PROMPT }] }], tools: [], maxTokens });

describe('splitIntoChunks and splitToolInput', () => {
  it.each(['one two three four five six seven', '  leading and trailing  ', 'line one\nline two\n\nline three', 'single', '   ', ''])(
    'splits %j into pieces of up to three words that concatenate to it',
    (text) => {
      const chunks = splitIntoChunks(text);
      expect(chunks.join('')).toBe(text);
      for (const chunk of chunks) expect(chunk.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
    },
  );

  it('splits tool input into two or three fragments', () => {
    expect(splitToolInput('{"orderId":"12345"}')).toEqual(['{"order', 'Id":"12', '345"}']);
    expect(splitToolInput('{}')).toEqual(['{', '}']);
  });
});

describe('buildTurnPlan', () => {
  it('estimates usage at four characters a token and streams the default answer in chunks', () => {
    const plan = buildTurnPlan(asks(), undefined, TIMING);
    expect(plan).toMatchObject({ text: 'Refunds reach your card within five business days [1].', stopReason: 'end_turn', toolCalls: [], ...TIMING });
    expect(plan.usage).toEqual({ inputTokens: Math.ceil(('Be brief.' + PROMPT).length / 4), outputTokens: Math.ceil(plan.text.length / 4) });
    expect(plan.chunks.length).toBeGreaterThan(2);
    expect(plan.chunks.join('')).toBe(plan.text);
  });

  it('stops at maxTokens: text cut to maxTokens × 4 characters, stopReason max_tokens', () => {
    const plan = buildTurnPlan(asks(3), undefined, TIMING);
    expect(plan).toMatchObject({ text: 'Refunds reac', stopReason: 'max_tokens', usage: { outputTokens: 3 } });
    expect(plan.chunks.join('')).toBe('Refunds reac');
  });

  it('takes scripted text, chunks, tool calls, usage and timing over the defaults', () => {
    const plan = buildTurnPlan(asks(), {
      chunks: ['Hel', 'lo'], toolUse: { name: 'lookup', rawInput: '{"broken":' }, usage: { cacheReadInputTokens: 40, outputTokens: 9 }, chunkDelayMs: 0,
    }, TIMING);
    expect(plan).toMatchObject({ text: 'Hello', chunks: ['Hel', 'lo'], stopReason: 'tool_use', firstTokenDelayMs: 7, chunkDelayMs: 0 });
    expect(plan.toolCalls).toEqual([{ id: expect.stringMatching(/^tooluse_/) as string, name: 'lookup', rawInput: '{"broken":' }]);
    expect(plan.usage).toMatchObject({ outputTokens: 9, cacheReadInputTokens: 40 });
    // A reply that only changes delivery keeps the default answer.
    expect(buildTurnPlan(asks(), { cutAfterChunks: 1 }, TIMING)).toMatchObject({ text: 'Refunds reach your card within five business days [1].', cutAfterChunks: 1 });
  });

  it('refuses contradictory scripts', () => {
    expect(() => checkScriptedReply({ text: 'Hello', chunks: ['Hell', 'no'] })).toThrow(/concatenate/);
    expect(() => checkScriptedReply({ chunkDelayMs: -1 })).toThrow(/chunkDelayMs/);
  });
});

describe('playTurn', () => {
  const record = async (plan: TurnPlan): Promise<{ events: string[]; waits: number[] }> => {
    const events: string[] = [];
    const waits: number[] = [];
    const sink: TurnSink = {
      isOpen: () => true,
      delta: (d: ContentDelta) => events.push(d.kind === 'text' ? d.text : `tool${d.toolIndex}:${d.fragment}`),
      finish: () => events.push('finish'),
      fault: (fault) => events.push(`fault:${fault}`),
      cut: () => events.push('cut'),
    };
    await playTurn(plan, sink, (ms) => {
      waits.push(ms);
      return Promise.resolve(true);
    });
    return { events, waits };
  };
  const plan = (extra: Partial<TurnPlan> = {}): TurnPlan => ({
    text: 'a b', chunks: ['a ', 'b'], toolCalls: [{ id: 't', name: 'n', rawInput: '{}' }], stopReason: 'tool_use',
    usage: { inputTokens: 1, outputTokens: 1 }, firstTokenDelayMs: 50, chunkDelayMs: 5, ...extra,
  });

  it('waits the first-token delay, then the chunk delay between deltas: text, then tool input', async () => {
    expect(await record(plan())).toEqual({ events: ['a ', 'b', 'tool0:{', 'tool0:}', 'finish'], waits: [50, 5, 5, 5] });
  });

  it('cuts or faults after the scripted number of deltas, or after the last one', async () => {
    expect((await record(plan({ cutAfterChunks: 1 }))).events).toEqual(['a ', 'cut']);
    expect((await record(plan({ cutAfterChunks: 0 }))).events).toEqual(['cut']);
    expect((await record(plan({ faultAfterChunks: { chunks: 2, fault: 'throttle' } }))).events).toEqual(['a ', 'b', 'fault:throttle']);
    expect((await record(plan({ faultAfterChunks: { chunks: 99, fault: 'internal' } }))).events).toEqual(['a ', 'b', 'tool0:{', 'tool0:}', 'fault:internal']);
  });
});
