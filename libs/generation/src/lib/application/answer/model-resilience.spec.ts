import { setTimeout as sleep } from 'node:timers/promises';
import type { ChatReply } from '../../domain/chat/chat-model.port';
import { generationError, GENERATION_ERROR } from '../../domain/chat/generation-errors';
import { ModelResilience, type ResilienceEvents, type ResilienceSettings } from './model-resilience';

const REPLY: ChatReply = { text: 'ok', toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 1, outputTokens: 1 } };
const SETTINGS: ResilienceSettings = {
  attempts: 3, initialDelayMs: 40, maxDelayMs: 1_000, modelNotReadyWaitMs: 150,
  breakerFailures: 5, breakerHalfOpenAfterMs: 300,
  timeouts: { firstTokenMs: 200, idleMs: 200, totalMs: 2_000 },
};

function recorder(): ResilienceEvents & { retries: { code: string; delayMs: number }[]; states: string[] } {
  const retries: { code: string; delayMs: number }[] = [];
  const states: string[] = [];
  return { retries, states, retrying: (_m, code, delayMs) => void retries.push({ code, delayMs }), breakerChanged: (_m, state) => void states.push(state) };
}

const throttled = () => generationError(GENERATION_ERROR.THROTTLED, 'slow down');
const never = () => false;

describe('ModelResilience', () => {
  it('backs off exponentially with jitter on throttling and succeeds on the third attempt', async () => {
    const events = recorder();
    const resilience = new ModelResilience(SETTINGS, events);
    let calls = 0;
    const reply = await resilience.call('m', () => (++calls < 3 ? Promise.reject(throttled()) : Promise.resolve(REPLY)), never);
    expect(reply).toBe(REPLY);
    expect(calls).toBe(3);
    expect(events.retries.map((r) => r.code)).toEqual([GENERATION_ERROR.THROTTLED, GENERATION_ERROR.THROTTLED]);
    // ±25 % around 40 ms, then around 80 ms.
    expect(events.retries[0]!.delayMs).toBeGreaterThanOrEqual(30);
    expect(events.retries[0]!.delayMs).toBeLessThanOrEqual(50);
    expect(events.retries[1]!.delayMs).toBeGreaterThanOrEqual(60);
    expect(events.retries[1]!.delayMs).toBeLessThanOrEqual(100);
  });

  it('gives up after the configured attempts with the last error', async () => {
    const resilience = new ModelResilience(SETTINGS, recorder());
    let calls = 0;
    await expect(resilience.call('m', () => (calls++, Promise.reject(throttled())), never)).rejects.toMatchObject({ code: GENERATION_ERROR.THROTTLED, retriable: true });
    expect(calls).toBe(3);
  });

  it('waits the fixed model-not-ready time instead of the exponential one', async () => {
    const events = recorder();
    const resilience = new ModelResilience(SETTINGS, events);
    let calls = 0;
    await resilience.call('m', () => (++calls === 1 ? Promise.reject(generationError(GENERATION_ERROR.MODEL_NOT_READY, 'warming')) : Promise.resolve(REPLY)), never);
    expect(events.retries).toEqual([{ code: GENERATION_ERROR.MODEL_NOT_READY, delayMs: 150 }]);
  });

  it('never retries a request the model refused, nor an answer already shown', async () => {
    const resilience = new ModelResilience(SETTINGS, recorder());
    let calls = 0;
    await expect(resilience.call('m', () => (calls++, Promise.reject(generationError(GENERATION_ERROR.INVALID_REQUEST, 'bad'))), never)).rejects.toMatchObject({ code: GENERATION_ERROR.INVALID_REQUEST });
    expect(calls).toBe(1);
    calls = 0;
    const cut = () => generationError(GENERATION_ERROR.STREAM_INTERRUPTED, 'cut');
    await expect(resilience.call('m', () => (calls++, Promise.reject(cut())), () => true)).rejects.toMatchObject({ code: GENERATION_ERROR.STREAM_INTERRUPTED });
    expect(calls).toBe(1);
  });

  it('times out a model that never answers, and one that goes silent mid-stream', async () => {
    const resilience = new ModelResilience({ ...SETTINGS, attempts: 1 }, recorder());
    const hang = (signal: AbortSignal) => new Promise<ChatReply>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const started = Date.now();
    await expect(resilience.call('m', hang, never)).rejects.toMatchObject({ code: GENERATION_ERROR.TIMEOUT, message: expect.stringContaining('no first token') });
    expect(Date.now() - started).toBeLessThan(1_000);
    const stalls = async (signal: AbortSignal, alive: () => void) => {
      alive();
      await sleep(50);
      alive();
      return hang(signal);
    };
    await expect(resilience.call('m', stalls, never)).rejects.toMatchObject({ code: GENERATION_ERROR.TIMEOUT, message: expect.stringContaining('went silent') });
  });

  it('opens a dead model\'s breaker after 5 failures, refuses at once, then half-opens and closes on success', async () => {
    const events = recorder();
    const resilience = new ModelResilience({ ...SETTINGS, attempts: 1 }, events);
    const dead = () => Promise.reject(generationError(GENERATION_ERROR.UNAVAILABLE, 'down'));
    for (let i = 0; i < 5; i++) await expect(resilience.call('dead', dead, never)).rejects.toMatchObject({ code: GENERATION_ERROR.UNAVAILABLE });
    expect(resilience.state('dead')).toBe('open');
    let called = false;
    await expect(resilience.call('dead', () => ((called = true), Promise.resolve(REPLY)), never)).rejects.toMatchObject({ code: GENERATION_ERROR.CIRCUIT_OPEN, retriable: false });
    expect(called).toBe(false);
    expect(resilience.state('other')).toBe('closed');
    await sleep(SETTINGS.breakerHalfOpenAfterMs + 50);
    await expect(resilience.call('dead', () => Promise.resolve(REPLY), never)).resolves.toBe(REPLY);
    expect(events.states).toEqual(['open', 'half_open', 'closed']);
  });
});
