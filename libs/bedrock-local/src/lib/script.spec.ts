import { applyControlScript } from './control';
import { countTokens, fnv1a32, hashedTextEmbedding, l2Normalize } from './models/hashed-text-embedding';
import { LocalBedrockScript } from './script';

describe('LocalBedrockScript', () => {
  it('plays queued steps in order per model, then falls back to input rules and latency', () => {
    const script = new LocalBedrockScript().setLatency(5).enqueue('m', 'throttle', 2).enqueue('m', { delayMs: 20 }).failWhenInputContains('BAD', 'validation');
    expect([1, 2, 3].map(() => script.plan('m', ['ok']))).toEqual([{ delayMs: 5, fault: 'throttle' }, { delayMs: 5, fault: 'throttle' }, { delayMs: 25 }]);
    expect(script.plan('other', ['a BAD chunk'])).toEqual({ delayMs: 5, fault: 'validation' });
    expect(script.plan('m', ['fine'])).toEqual({ delayMs: 5 });
    script.reset();
    expect(script.plan('m', ['BAD'])).toEqual({ delayMs: 0 });
  });

  it('takes the same script over HTTP and rejects unknown faults', () => {
    const script = new LocalBedrockScript();
    applyControlScript(script, { latencyMs: 1, faults: [{ modelId: 'm', fault: 'hang', times: 2 }], failWhenInputContains: [{ text: 'X' }] });
    expect(script.pending('m')).toBe(2);
    expect(script.plan('n', ['X'])).toEqual({ delayMs: 1, fault: 'internal' });
    expect(() => applyControlScript(script, { faults: [{ modelId: 'm', fault: 'explode' }] })).toThrow();
  });

  it('queues scripted replies among faults, and keeps stream timing until reset', () => {
    const script = new LocalBedrockScript().enqueue('m', 'throttle').enqueueReply('m', { text: 'Hi.' }, 2).setFirstTokenDelay(30).setChunkDelay(4);
    expect(script.plan('m', [])).toEqual({ delayMs: 0, fault: 'throttle' });
    expect(script.plan('m', [])).toEqual({ delayMs: 0, reply: { text: 'Hi.' } });
    expect(script.pending('m')).toBe(1);
    expect(script.streamTiming).toEqual({ firstTokenDelayMs: 30, chunkDelayMs: 4 });
    expect(() => script.enqueueReply('m', { text: 'Hi.', chunks: ['Ho.'] })).toThrow(/concatenate/);
    script.reset();
    expect(script.streamTiming).toEqual({ firstTokenDelayMs: 0, chunkDelayMs: 0 });
  });

  it('takes replies and stream timing over HTTP, and applies nothing from a contradictory script', () => {
    const script = new LocalBedrockScript();
    applyControlScript(script, { firstTokenDelayMs: 200, chunkDelayMs: 10, replies: [{ modelId: 'm', reply: { toolUse: { name: 't', input: { id: 'x' } }, faultAfterChunks: { chunks: 1, fault: 'modelStreamError' } }, times: 2 }] });
    expect(script.pending('m')).toBe(2);
    expect(script.streamTiming).toEqual({ firstTokenDelayMs: 200, chunkDelayMs: 10 });
    expect(() => applyControlScript(script, { replies: [{ modelId: 'm', reply: { faultAfterChunks: { chunks: 1, fault: 'hang' } } }] })).toThrow();
    expect(() => applyControlScript(script, { latencyMs: 5, replies: [{ modelId: 'm', reply: { text: 'a', chunks: ['b'] } }] })).toThrow(/concatenate/);
    expect(script.latencyMs).toBe(0);
  });
});

describe('hashedTextEmbedding', () => {
  it('is deterministic, sized, and zero for text without words', () => {
    expect(hashedTextEmbedding('Reset my password', 256)).toEqual(hashedTextEmbedding('reset MY password!', 256));
    expect(hashedTextEmbedding('x', 512)).toHaveLength(512);
    expect(l2Normalize(hashedTextEmbedding('?!', 256)).every((v) => v === 0)).toBe(true);
    expect(fnv1a32('a')).toBe(0xe40c292c); // the published FNV-1a test vector
    expect(countTokens('Hello, world!')).toBe(4);
  });
});
