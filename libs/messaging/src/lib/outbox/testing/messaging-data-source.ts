import { createTestDatabase, type TestDatabase } from '@sagewire/testing';
import { DataSource } from 'typeorm';
import { messagingMigration } from '../../persistence/messaging.migration';

/** A DataSource on a test database with the messaging tables migrated into `schema`. */
export async function openMessagingDataSource(url: string, schema: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: [],
    migrations: [messagingMigration(schema)],
    migrationsRun: true,
    // Small pools: several DataSources (relays, writers, children) share one test server.
    extra: { max: 5 },
  });
  return dataSource.initialize();
}

/** A spec file's own database with the messaging tables, created before its tests and dropped after. */
export interface MessagingTestDatabase {
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
}

/** Registers beforeAll/afterAll for a spec file; read the fields inside tests, not at import. */
export function useMessagingDatabase(prefix: string, schema: string): MessagingTestDatabase {
  let database: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(prefix);
    dataSource = await openMessagingDataSource(database.url, schema);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return {
    get database() {
      if (!database) throw new Error('test database is not ready: use it inside a test or hook');
      return database;
    },
    get dataSource() {
      if (!dataSource) throw new Error('test database is not ready: use it inside a test or hook');
      return dataSource;
    },
  };
}
