/**
 * How the relay loop waits: until a timer fires, until `notify()` (rows were committed) when
 * the wait accepts it, or until `interrupt()` (stop). Both are remembered when they arrive while
 * the loop is busy draining: a notification so rows committed meanwhile are not left for the
 * next poll, an interrupt so stop() never waits out a poll interval.
 */
export class WakeSignal {
  private pending = false;
  private interrupted = false;
  private current: { readonly wake: () => void; readonly onNotify: boolean } | undefined;

  /** Reads and clears the remembered notification. */
  takePending(): boolean {
    const pending = this.pending;
    this.pending = false;
    return pending;
  }

  notify(): void {
    this.pending = true;
    if (this.current?.onNotify === true) this.current.wake();
  }

  interrupt(): void {
    this.interrupted = true;
    this.current?.wake();
  }

  /** Before a restart: forget an earlier stop. */
  reset(): void {
    this.interrupted = false;
  }

  /** A backoff passes `onNotify: false`: new rows must not cut short a wait for a failing bus. */
  wait(ms: number, onNotify: boolean): Promise<void> {
    if (this.interrupted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.current = undefined;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.current = { wake, onNotify };
    });
  }
}
