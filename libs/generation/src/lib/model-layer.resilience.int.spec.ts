import { setTimeout as sleep } from 'node:timers/promises';
import { HAIKU, ModelLayerHarness, SONNET } from '../test/model-layer-harness';

const gaps = (times: readonly string[]) => times.slice(1).map((t, i) => Date.parse(t) - Date.parse(times[i]!));

/**
 * Retries, breakers and the failure modes of a model: each ends in a clear outcome for the
 * saga (an answer, or a failure saying whether to retry), never a hang or an unhandled rejection.
 */
describe('model layer: backoff, circuit breaker and failure modes (real SDK, local Bedrock)', () => {
  let h: ModelLayerHarness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    h = await ModelLayerHarness.start('gen_resilience');
  });

  afterAll(async () => {
    await h?.close();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('backs off from throttling (about 1 s, then 2 s, jittered) and answers on the third attempt', async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueue(HAIKU, 'throttle', 2);
    const { invoked } = await h.answer(h.invoke(HAIKU));
    expect(invoked.finishReason).toBe('stop');
    const calls = h.calls(HAIKU, since);
    expect(calls.map((c) => c.status)).toEqual([429, 429, 200]);
    const [first, second] = gaps(calls.map((c) => c.receivedAt));
    expect(first).toBeGreaterThanOrEqual(700);
    expect(first).toBeLessThan(1_400);
    expect(second).toBeGreaterThanOrEqual(1_400);
    expect(second).toBeLessThan(2_700);
  });

  it("opens a dead model's breaker after 5 failures, stops calling it, and half-opens after the wait", async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueue(SONNET, 'unavailable', 5);
    const first = await h.failure(h.invoke(SONNET));
    expect(first.failed).toMatchObject({ errorCode: 'GENERATION.UNAVAILABLE', retriable: true });
    expect(h.calls(SONNET, since)).toHaveLength(3);
    // Two more failures make five in a row: the breaker opens, and the call ends without a third try.
    const second = await h.failure(h.invoke(SONNET));
    expect(second.failed).toMatchObject({ errorCode: 'GENERATION.CIRCUIT_OPEN', retriable: false });
    expect(h.calls(SONNET, since)).toHaveLength(5);
    const third = await h.failure(h.invoke(SONNET));
    expect(third.failed.errorCode).toBe('GENERATION.CIRCUIT_OPEN');
    expect(h.calls(SONNET, since)).toHaveLength(5);
    await sleep(4_100);
    const recovered = await h.answer(h.invoke(SONNET));
    expect(recovered.invoked.model).toBe(SONNET);
    expect(h.calls(SONNET, since)).toHaveLength(6);
  });

  it('does not retry a request the model refused (validation, access denied)', async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueue(HAIKU, 'accessDenied');
    const { failed } = await h.failure(h.invoke(HAIKU));
    expect(failed).toMatchObject({ errorCode: 'GENERATION.MISCONFIGURED', retriable: false });
    expect(h.calls(HAIKU, since)).toHaveLength(1);
  });

  it('gives a model that never answers three timed-out tries, then fails retriable', async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueue(HAIKU, 'hang', 3);
    const started = Date.now();
    const { failed, chunks } = await h.failure(h.invoke(HAIKU));
    expect(failed).toMatchObject({ errorCode: 'GENERATION.TIMEOUT', retriable: true });
    expect(chunks).toEqual([]);
    expect(h.calls(HAIKU, since)).toHaveLength(3);
    // Three 1 s first-token timeouts and two backoffs: well under the saga's deadline.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails an empty answer at once so the saga moves to the next model', async () => {
    h.bedrock.script.enqueueReply(HAIKU, { text: '' });
    const { failed } = await h.failure(h.invoke(HAIKU));
    expect(failed).toMatchObject({ errorCode: 'GENERATION.EMPTY_ANSWER', retriable: false });
    expect(failed.chunksPublished).toBeUndefined();
  });

  it('reports a stream cut mid-answer with the chunks already shown, and does not stream it again', async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueueReply(HAIKU, { chunks: ['Unused items ', 'can be returned ', 'within 60 days ', 'of delivery [1].'], cutAfterChunks: 2 });
    const { failed, chunks } = await h.failure(h.invoke(HAIKU));
    expect(failed).toMatchObject({ errorCode: 'GENERATION.STREAM_INTERRUPTED', retriable: true });
    expect(chunks.length).toBeGreaterThan(0);
    expect(failed.chunksPublished).toBe(chunks.length);
    expect(h.calls(HAIKU, since)).toHaveLength(1);
  });

  it('turns a mid-stream throttling exception before any text into a retry', async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueueReply(HAIKU, { faultAfterChunks: { chunks: 0, fault: 'throttle' } });
    const { invoked } = await h.answer(h.invoke(HAIKU));
    expect(invoked.finishReason).toBe('stop');
    expect(h.calls(HAIKU, since)).toHaveLength(2);
  });
});
