import { setTimeout as sleep } from 'node:timers/promises';

export interface EventuallyOptions {
  /** Give up after this long and rethrow the assertion's last error. Default 10 s. */
  readonly timeoutMs?: number;
  /** Pause between attempts. Default 25 ms. */
  readonly intervalMs?: number;
}

export const DEFAULT_EVENTUALLY_TIMEOUT_MS = 10_000;
const DEFAULT_INTERVAL_MS = 25;

/**
 * Retries an assertion until it passes, for outcomes that arrive asynchronously (a message on
 * a topic, a row written by a background loop). The failure shown is the assertion's own last
 * failure, so a timeout reads like the expectation that did not hold.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, options: EventuallyOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_EVENTUALLY_TIMEOUT_MS);
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await sleep(options.intervalMs ?? DEFAULT_INTERVAL_MS);
  }
}
