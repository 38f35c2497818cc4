import { createTestDatabase, type TestDatabase } from '@sagewire/testing';
import { DataSource } from 'typeorm';
import { messagingMigration, messagingMigrationName } from './messaging.migration';

describe('messagingMigration (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('messaging_migration');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const tables = async (ds: DataSource): Promise<string[]> =>
    (
      await ds.query<{ name: string }[]>(
        `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables WHERE table_schema LIKE 'svc_%' ORDER BY 1`,
      )
    ).map((row) => row.name);

  it('creates each service schema with its own outbox and inbox in one database, and undoes them', async () => {
    // The embedded mode: every service's copy of the migration in one DataSource.
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: [messagingMigration('svc_b'), messagingMigration('svc_a')] }).initialize();
    const applied = await dataSource.runMigrations();

    expect(applied.map((migration) => migration.name).sort()).toEqual([messagingMigrationName('svc_a'), messagingMigrationName('svc_b')]);
    expect(await tables(dataSource)).toEqual(['svc_a.inbox', 'svc_a.outbox', 'svc_b.inbox', 'svc_b.outbox']);
    expect(await dataSource.runMigrations()).toEqual([]); // recorded: never applied twice
    await dataSource.destroy();

    // A service added later shares the early timestamp; TypeORM still runs it (pending = by name).
    const all = [messagingMigration('svc_a'), messagingMigration('svc_b'), messagingMigration('svc_c')];
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: all }).initialize();
    expect((await dataSource.runMigrations()).map((migration) => migration.name)).toEqual([messagingMigrationName('svc_c')]);

    for (let i = 0; i < all.length; i += 1) await dataSource.undoLastMigration();
    expect(await tables(dataSource)).toEqual([]);
  });
});
