/** A consumer that goes this long without a new event fails the run instead of hanging it. */
const STALL_TIMEOUT_MS = 30_000;

/**
 * What the consumer saw in one run, by sequence number: redeliveries count once (and are
 * reported), latencies are publish->handler times in ms. Recording is O(1) and allocation-free
 * because it runs inside the measured handler.
 */
export class Collector {
  readonly latencyMs: Float64Array;
  distinct = 0;
  duplicates = 0;
  /** Messages without our headers: nothing else publishes to a bench topic, so this stays 0. */
  foreign = 0;
  lastReceivedAtNs = 0n;
  private readonly seen: Uint8Array;
  private waiter: { done: () => boolean; resolve: () => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(readonly expected: number) {
    this.latencyMs = new Float64Array(expected);
    this.seen = new Uint8Array(expected);
  }

  readonly record = (receivedAtNs: bigint, seqText: string | undefined, sentAtText: string | undefined): void => {
    const seq = seqText === undefined ? -1 : Number(seqText);
    if (!(seq >= 0 && seq < this.expected) || sentAtText === undefined) {
      this.foreign += 1;
      return;
    }
    if (this.seen[seq] === 1) {
      this.duplicates += 1;
      return;
    }
    this.seen[seq] = 1;
    this.latencyMs[seq] = Number(receivedAtNs - BigInt(sentAtText)) / 1e6;
    this.distinct += 1;
    this.lastReceivedAtNs = receivedAtNs;
    if (this.waiter?.done()) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve();
    }
  };

  has(seq: number): boolean {
    return this.seen[seq] === 1;
  }

  /** Resolves once `done()` holds, checked after every new event. One waiter at a time. */
  until(done: () => boolean): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiter = { done, resolve, reject };
    });
  }

  /** Fails the pending wait when no new event arrives for STALL_TIMEOUT_MS; returns the stop. */
  watchForStall(what: string): () => void {
    let lastDistinct = this.distinct;
    let lastChangeAt = Date.now();
    const timer = setInterval(() => {
      if (this.distinct !== lastDistinct) {
        lastDistinct = this.distinct;
        lastChangeAt = Date.now();
      } else if (Date.now() - lastChangeAt > STALL_TIMEOUT_MS) {
        this.fail(new Error(`${what}: no event consumed for ${STALL_TIMEOUT_MS / 1000} s (${this.distinct}/${this.expected} received)`));
      }
    }, 1000);
    timer.unref();
    return () => clearInterval(timer);
  }

  private fail(error: Error): void {
    this.failure = error;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
  }
}
