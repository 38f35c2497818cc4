export type TakeResult = { readonly allowed: true; readonly remaining: number } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

/**
 * One token bucket per key (tenant), in memory: `perMinute` requests fill it in a minute and it
 * holds at most a minute's worth, so a quiet tenant may burst once. Kept per process: with
 * several replicas each enforces the limit alone (Redis would share it; DESIGN.md).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    /** Full buckets are forgotten past this many keys: they carry no information. */
    private readonly maxKeys = 50_000,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  take(key: string): TakeResult {
    const now = this.now();
    const bucket = this.refill(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    const waitMs = (1 - bucket.tokens) / this.refillPerMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  private refill(key: string, now: number): Bucket {
    const existing = this.buckets.get(key);
    if (!existing) {
      if (this.buckets.size >= this.maxKeys) this.forgetFullBuckets(now);
      const bucket = { tokens: this.perMinute, updatedAtMs: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - existing.updatedAtMs);
    existing.tokens = Math.min(this.perMinute, existing.tokens + elapsed * this.refillPerMs);
    existing.updatedAtMs = now;
    return existing;
  }

  private forgetFullBuckets(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAtMs) * this.refillPerMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}
