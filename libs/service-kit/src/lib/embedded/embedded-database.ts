import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** PGlite serves one session; the socket server multiplexes connections over it, one transaction at a time. */
const MAX_CONNECTIONS = 100;

export interface EmbeddedDatabase {
  /** A postgres:// URL the unchanged `pg`/TypeORM code connects to. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The embedded mode's PostgreSQL: PGlite (Postgres compiled to WASM) in this process, served
 * over the wire protocol on a loopback port, so every service runs its own migrations and
 * SQL exactly as in production. LISTEN/NOTIFY does not cross connections here; the outbox
 * relays are woken in-process instead (ServiceRuntime.transaction).
 * @param dataDir a directory to keep data across restarts; in memory when absent.
 */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
