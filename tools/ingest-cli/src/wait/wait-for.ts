/** How a wait ended: the awaited state, a failure with its reason, or the time ran out. */
export type WaitOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export interface WaitOptions<T> {
  /** Reads the current state; a thrown error ends the wait as a failure. */
  readonly read: () => Promise<T>;
  /** Undefined: keep polling. */
  readonly settle: (value: T) => WaitOutcome<T> | undefined;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** Says what was last seen when the time runs out. */
  readonly describe: (value: T | undefined) => string;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `settle` decides, reading once more than the intervals that fit in the timeout. */
export async function waitFor<T>(options: WaitOptions<T>): Promise<WaitOutcome<T>> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await options.read();
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    const outcome = options.settle(last);
    if (outcome) return outcome;
    if (now() >= deadline) return { ok: false, reason: `still ${options.describe(last)} after ${Math.round(options.timeoutMs / 1000)} s` };
    await sleep(Math.min(options.intervalMs, Math.max(0, deadline - now())));
  }
}
