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
