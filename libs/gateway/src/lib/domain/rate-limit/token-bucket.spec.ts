import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  let now = 0;
  const clock = (): number => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows a minute worth of requests, then refuses with the seconds until the next token', () => {
    const buckets = new TokenBuckets(3, clock);
    expect(buckets.take('t1')).toEqual({ allowed: true, remaining: 2 });
    expect(buckets.take('t1')).toEqual({ allowed: true, remaining: 1 });
    expect(buckets.take('t1')).toEqual({ allowed: true, remaining: 0 });
    // 3 per minute: one token every 20 s.
    expect(buckets.take('t1')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    now += 15_000;
    expect(buckets.take('t1')).toEqual({ allowed: false, retryAfterSeconds: 5 });
    now += 5_000;
    expect(buckets.take('t1').allowed).toBe(true);
  });

  it('keeps tenants apart', () => {
    const buckets = new TokenBuckets(1, clock);
    expect(buckets.take('t1').allowed).toBe(true);
    expect(buckets.take('t1').allowed).toBe(false);
    expect(buckets.take('t2').allowed).toBe(true);
  });

  it('never holds more than a minute worth', () => {
    const buckets = new TokenBuckets(2, clock);
    buckets.take('t1');
    now += 3_600_000;
    expect(buckets.take('t1')).toEqual({ allowed: true, remaining: 1 });
  });

  it('forgets full buckets when too many keys are tracked', () => {
    const buckets = new TokenBuckets(1, clock, 2);
    buckets.take('a');
    buckets.take('b');
    now += 60_000;
    expect(buckets.take('c').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(true);
  });
});
