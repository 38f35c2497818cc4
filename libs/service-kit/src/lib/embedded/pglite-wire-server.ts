import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { SessionLock } from './session-lock';
import { lastReadyStatus, readFrame, readStartupFrame, REQUEST_END_TYPES, TERMINATE } from './wire-frames';

const ROLLBACK = Buffer.concat([Buffer.from('Q'), Buffer.from([0, 0, 0, 13]), Buffer.from('ROLLBACK\0')]);

/**
 * Serves one PGlite database over the PostgreSQL wire protocol on loopback, so unchanged `pg`
 * and TypeORM code (pools, transactions, the outbox listener) runs against it. Unlike a
 * per-message relay, a connection keeps the single session for a whole request and, inside a
 * transaction, until it ends (see SessionLock): other connections wait instead of interleaving
 * their statements with it.
 */
export class PgliteWireServer {
  private readonly server: Server;
  private readonly lock = new SessionLock();
  private readonly sockets = new Set<Socket>();
  private nextConnection = 1;

  constructor(private readonly db: PGlite) {
    this.server = createServer((socket) => this.serve(socket));
  }

  /** Listens on a free loopback port and resolves with `host:port`. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = this.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('the embedded database server has no address');
    return `127.0.0.1:${address.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    const connection = this.nextConnection++;
    this.sockets.add(socket);
    // Without this, Nagle's algorithm holds back a response until the client's delayed ACK
    // (up to 200 ms on loopback), and every request waits for it while holding the session.
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    let request: Buffer[] = [];
    let chain = Promise.resolve();
    const end = (): void => {
      this.sockets.delete(socket);
      chain = chain.then(() => this.abandon(connection));
    };
    socket.on('close', end);
    socket.on('error', () => socket.destroy());
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        if (!started) {
          const startup = readStartupFrame(buffer);
          if (!startup) return;
          buffer = buffer.subarray(startup.size);
          if (startup.frame.kind === 'ssl') socket.write('N');
          else if (startup.frame.kind === 'cancel') socket.destroy();
          else {
            started = true;
            const bytes = startup.frame.bytes;
            chain = chain.then(() => this.run(connection, socket, [bytes]));
          }
          continue;
        }
        const frame = readFrame(buffer);
        if (!frame) return;
        buffer = buffer.subarray(frame.bytes.length);
        if (frame.type === TERMINATE) {
          socket.end();
          return;
        }
        request.push(frame.bytes);
        if (REQUEST_END_TYPES.has(frame.type)) {
          const messages = request;
          request = [];
          chain = chain.then(() => this.run(connection, socket, messages));
        }
      }
    });
  }

  /** Runs one request's messages with the session held; keeps it while a transaction is open. */
  private async run(connection: number, socket: Socket, messages: readonly Buffer[]): Promise<void> {
    await this.lock.acquire(connection);
    let status: string | undefined;
    try {
      const responses: Uint8Array[] = [];
      for (const message of messages) {
        const response = await this.db.runExclusive(() => this.db.execProtocolRaw(message));
        if (response.length > 0) responses.push(response);
        status = lastReadyStatus(response) ?? status;
      }
      // One write per request: the client reads it in one go.
      if (responses.length > 0 && !socket.destroyed) socket.write(Buffer.concat(responses));
    } catch {
      socket.destroy();
      status = 'I';
    }
    // Idle again: the next connection may have the session. 'T'/'E': this one keeps it.
    if (status === 'I') this.lock.release(connection);
  }

  /** A connection that left in the middle of a transaction must not leave it open for the next one. */
  private async abandon(connection: number): Promise<void> {
    if (this.lock.isOwner(connection) && this.db.isInTransaction()) {
      await this.db.runExclusive(() => this.db.execProtocolRaw(ROLLBACK)).catch(() => undefined);
    }
    this.lock.forget(connection);
  }
}
