import { setTimeout as sleep } from 'node:timers/promises';
import type { ChunkSink, GenerationResult } from '../../domain/model-provider.port';
import { ResponseCache, normaliseQuestion } from './response-cache';

const RESULT: GenerationResult = { text: 'Returns are free [1].', citations: [], inputTokens: 10, outputTokens: 5, finishReason: 'stop' };
const PARTS = { tenantId: 't1', knowledgeBaseVersion: '7', language: 'en', question: 'What is the refund policy?' };

/** A model that streams RESULT in two chunks, with a pause between them, and counts its calls. */
function model(result: GenerationResult = RESULT) {
  const state = { calls: 0 };
  const generate = async (sink: ChunkSink): Promise<GenerationResult> => {
    state.calls++;
    await sink('Returns are ');
    await sleep(20);
    await sink('free [1].');
    return result;
  };
  return { state, generate };
}

function collector() {
  const chunks: string[] = [];
  return { chunks, sink: (text: string) => Promise.resolve(void chunks.push(text)) };
}

describe('ResponseCache', () => {
  it('normalises case, accents, punctuation and spacing of the question', () => {
    expect(normaliseQuestion('  Política de DEVOLUCIÓN?? ')).toBe(normaliseQuestion('politica de devolucion'));
    expect(ResponseCache.keyOf(PARTS)).toBe(ResponseCache.keyOf({ ...PARTS, question: 'what is the refund policy' }));
  });

  it('never shares a key across tenants, knowledge-base versions or languages', () => {
    const key = ResponseCache.keyOf(PARTS);
    expect(ResponseCache.keyOf({ ...PARTS, tenantId: 't2' })).not.toBe(key);
    expect(ResponseCache.keyOf({ ...PARTS, knowledgeBaseVersion: '8' })).not.toBe(key);
    expect(ResponseCache.keyOf({ ...PARTS, language: 'es' })).not.toBe(key);
  });

  it('answers a repeated question from the cache, replaying the chunks, until the TTL ends', async () => {
    let now = 0;
    const cache = new ResponseCache({ ttlMs: 3_600_000, maxEntries: 10, now: () => now });
    const { state, generate } = model();
    const key = ResponseCache.keyOf(PARTS);
    expect((await cache.answer(key, generate, collector().sink)).source).toBe('model');
    const second = collector();
    const hit = await cache.answer(key, generate, second.sink);
    expect(hit).toEqual({ result: RESULT, source: 'cache' });
    expect(second.chunks.join('')).toBe(RESULT.text);
    expect(state.calls).toBe(1);
    now += 3_600_000;
    expect((await cache.answer(key, generate, collector().sink)).source).toBe('model');
    expect(state.calls).toBe(2);
  });

  it('coalesces identical questions in flight: one model call, every caller gets every chunk', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 10 });
    const { state, generate } = model();
    const key = ResponseCache.keyOf(PARTS);
    const callers = [collector(), collector(), collector()];
    const answers = await Promise.all(callers.map((c) => cache.answer(key, generate, c.sink)));
    expect(state.calls).toBe(1);
    expect(answers.map((a) => a.source)).toEqual(['model', 'joined', 'joined']);
    for (const c of callers) expect(c.chunks.join('')).toBe(RESULT.text);
  });

  it('does not keep answers that used tools or were cut short, nor anything without a key', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 10 });
    const key = ResponseCache.keyOf(PARTS);
    const tools = model({ ...RESULT, toolCalls: 1 });
    await cache.answer(key, tools.generate, collector().sink);
    await cache.answer(key, tools.generate, collector().sink);
    expect(tools.state.calls).toBe(2);
    const cut = model({ ...RESULT, finishReason: 'length' });
    await cache.answer(key, cut.generate, collector().sink);
    await cache.answer(key, cut.generate, collector().sink);
    expect(cut.state.calls).toBe(2);
    const plain = model();
    await cache.answer(undefined, plain.generate, collector().sink);
    await cache.answer(undefined, plain.generate, collector().sink);
    expect(plain.state.calls).toBe(2);
  });

  it('lets a joiner try on its own when the call it joined fails before showing anything', async () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 10 });
    const key = ResponseCache.keyOf(PARTS);
    let calls = 0;
    const flaky = async (sink: ChunkSink): Promise<GenerationResult> => {
      calls++;
      await sleep(10);
      if (calls === 1) throw new Error('the leader broke');
      await sink(RESULT.text);
      return RESULT;
    };
    const joiner = collector();
    const [leader, joined] = await Promise.allSettled([cache.answer(key, flaky, collector().sink), cache.answer(key, flaky, joiner.sink)]);
    expect(leader.status).toBe('rejected');
    expect(joined).toMatchObject({ status: 'fulfilled', value: { source: 'model' } });
    expect(joiner.chunks).toEqual([RESULT.text]);
    expect(calls).toBe(2);
  });

  it("fails a joiner like its leader once part of the leader's answer was forwarded to it", async () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 10 });
    const key = ResponseCache.keyOf(PARTS);
    const breaks = async (sink: ChunkSink): Promise<GenerationResult> => {
      await sink('Returns ');
      await sleep(10);
      throw new Error('cut mid-answer');
    };
    const joiner = collector();
    const outcomes = await Promise.allSettled([cache.answer(key, breaks, collector().sink), cache.answer(key, breaks, joiner.sink)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(joiner.chunks).toEqual(['Returns ']);
  });
});
