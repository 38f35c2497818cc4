/**
 * Timers tied to a server's lifetime: `delay` resolves true after `ms`, and every pending or
 * later delay resolves false once `cancelAll` ran, so a closing server leaves no timer behind
 * and no handler writes to a dropped connection.
 */
export interface ServerDelays {
  delay(ms: number): Promise<boolean>;
  cancelAll(): void;
}

export function createServerDelays(): ServerDelays {
  const pending = new Set<{ timer: NodeJS.Timeout; resolve: (elapsed: boolean) => void }>();
  let closing = false;
  return {
    delay: (ms) => new Promise<boolean>((resolve) => {
      if (closing) return resolve(false);
      const entry = { timer: setTimeout(() => { pending.delete(entry); resolve(true); }, ms), resolve };
      pending.add(entry);
    }),
    cancelAll: () => {
      closing = true;
      for (const entry of pending) {
        clearTimeout(entry.timer);
        entry.resolve(false);
      }
      pending.clear();
    },
  };
}
