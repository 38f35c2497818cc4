import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { quoteDatabaseName, testDatabaseName } from './test-database-name';

/** Used when DATABASE_URL is unset: the local server described in INFRA.md. */
export const DEFAULT_ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** Connection URL of the new database (same server, credentials and options as the admin URL). */
  readonly url: string;
  readonly name: string;
  /** Drops this database, and only this one, disconnecting its sessions. Safe to call twice. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Server to create the database on; its database part is only used to connect as admin. */
  readonly adminUrl?: string;
}

/**
 * Creates an empty, uniquely named database for one spec file (STYLE.md: isolate each spec,
 * clean up by id). The server comes from DATABASE_URL, as in CI, read here because test
 * helpers are their own composition root.
 */
export async function createTestDatabase(prefix: string, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? process.env['DATABASE_URL'] ?? DEFAULT_ADMIN_DATABASE_URL;
  const name = testDatabaseName(prefix, randomBytes(4).toString('hex'));
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${quoteDatabaseName(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteDatabaseName(name)} WITH (FORCE)`)),
  };
}

async function withAdmin(adminUrl: string, work: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: adminUrl, application_name: 'sagewire-test-admin' });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
