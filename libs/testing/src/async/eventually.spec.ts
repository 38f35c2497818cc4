import { eventually } from './eventually';

describe('eventually', () => {
  it('returns once the assertion passes', async () => {
    let calls = 0;
    const value = await eventually(() => {
      calls += 1;
      if (calls < 3) throw new Error('not yet');
      return calls;
    }, { intervalMs: 1 });
    expect(value).toBe(3);
  });

  it('rethrows the last failure after the timeout', async () => {
    let calls = 0;
    const failure = await eventually(() => {
      calls += 1;
      throw new Error(`attempt ${calls}`);
    }, { timeoutMs: 30, intervalMs: 5 }).catch((error: unknown) => error);
    expect(calls).toBeGreaterThan(1);
    expect(failure).toEqual(new Error(`attempt ${calls}`));
  });
});
