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
