/**
 * PGlite has one session. Connections take turns on it: a connection holds the session from
 * the first message of a request until PostgreSQL is idle again (ReadyForQuery 'I'), so an
 * extended-protocol exchange (Parse…Sync) or a whole transaction is never interleaved with
 * another connection's messages. Waiters are served first come, first served.
 */
export class SessionLock {
  private owner: number | undefined;
  private readonly waiters: { connection: number; resolve: () => void }[] = [];

  async acquire(connection: number): Promise<void> {
    if (this.owner === undefined) {
      this.owner = connection;
      return;
    }
    if (this.owner === connection) return;
    await new Promise<void>((resolve) => this.waiters.push({ connection, resolve }));
  }

  release(connection: number): void {
    if (this.owner !== connection) return;
    const next = this.waiters.shift();
    this.owner = next?.connection;
    next?.resolve();
  }

  isOwner(connection: number): boolean {
    return this.owner === connection;
  }

  /** A connection that went away gives up its turn and its place in the queue. */
  forget(connection: number): void {
    const index = this.waiters.findIndex((w) => w.connection === connection);
    if (index >= 0) this.waiters.splice(index, 1);
    this.release(connection);
  }
}
