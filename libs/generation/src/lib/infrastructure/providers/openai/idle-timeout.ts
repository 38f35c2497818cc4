/**
 * Aborts `signal` after `ms` of server silence: while waiting for the response headers, or
 * between two chunks of a stream. A slow but steady stream never trips it, which a timeout
 * on the whole call would; the caller's own signal bounds the whole call. Time spent in the
 * reader (`pause` … `touch`) is not the server's silence and does not count.
 */
export class IdleTimeout {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly ms: number | undefined) {
    this.touch();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get fired(): boolean {
    return this.controller.signal.aborted;
  }

  /** Restarts the count, or resumes it after `pause`. */
  touch(): void {
    if (this.ms === undefined || this.fired || this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.controller.abort(new Error(`no data for ${this.ms} ms`)), this.ms);
  }

  pause(): void {
    clearTimeout(this.timer);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
