/**
 * How the relay loop waits: until a timer fires, until `notify()` (rows were committed) when
 * the wait accepts it, or until `interrupt()` (stop). A notification that arrives while the
 * loop is busy is remembered, so rows committed during a drain are not left for the next poll.
 */
export class WakeSignal {
  private pending = false;
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
    this.current?.wake();
  }

  /** A backoff passes `onNotify: false`: new rows must not cut short a wait for a failing bus. */
  wait(ms: number, onNotify: boolean): Promise<void> {
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
