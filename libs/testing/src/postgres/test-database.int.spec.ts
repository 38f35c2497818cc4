import { Client } from 'pg';
import { createTestDatabase } from './test-database';

async function databaseExists(url: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('createTestDatabase (real PostgreSQL)', () => {
  it('creates a usable database and drops exactly that one, even with sessions open', async () => {
    const database = await createTestDatabase('testing_helper');
    const other = await createTestDatabase('testing_helper');
    expect(database.name).toMatch(/^sw_testing_helper_[0-9a-f]{8}$/);
    expect(other.name).not.toBe(database.name);

    const session = new Client({ connectionString: database.url });
    session.on('error', () => undefined); // FORCE terminates this session: expected
    await session.connect();
    const current = await session.query<{ name: string }>('SELECT current_database() AS name');
    expect(current.rows[0]?.name).toBe(database.name);

    await database.drop();
    await database.drop(); // idempotent
    expect(await databaseExists(other.url, database.name)).toBe(false);
    expect(await databaseExists(other.url, other.name)).toBe(true);
    await other.drop();
    await session.end().catch(() => undefined);
  });
});
