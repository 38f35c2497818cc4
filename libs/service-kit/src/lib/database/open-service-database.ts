import { messagingMigration, quoteIdent } from '@sagewire/messaging';
import { DataSource, type MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

export interface ServiceDatabaseOptions {
  readonly url: string;
  /** The service's own schema: every table it owns lives there, qualified in every query. */
  readonly schema: string;
  readonly migrations: readonly MigrationClass[];
  readonly poolSize: number;
  readonly applicationName: string;
}

/**
 * Connects a service to its schema and brings the schema up to date: the outbox and inbox
 * first, then the service's own migrations. Each schema has its own migrations table, because
 * the embedded mode runs every service against one database.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    migrationsTableName: 'schema_migrations',
    migrations: [messagingMigration(options.schema), ...options.migrations],
    migrationsTransactionMode: 'each',
    applicationName: options.applicationName,
    extra: { max: options.poolSize },
    logging: false,
  });
  await dataSource.initialize();
  try {
    // TypeORM creates its migrations table before running the first migration.
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    await dataSource.runMigrations();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
