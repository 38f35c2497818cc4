import { PGlite } from '@electric-sql/pglite';
import { PgliteWireServer } from './pglite-wire-server';

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
  const server = new PgliteWireServer(db);
  const address = await server.listen();
  return {
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
