import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { AppError } from '@sagewire/errors';

/**
 * Connection settings for a dedicated `pg` client (LISTEN needs one session that outlives any
 * transaction), derived from the DataSource exactly as TypeORM's Postgres driver builds its
 * pool, so credentials and TLS settings are configured once, at the composition root.
 */
export function pgClientConfigFrom(dataSource: DataSource, applicationName: string): ClientConfig {
  const options = dataSource.options;
  if (options.type !== 'postgres') {
    throw new AppError('MESSAGING.UNSUPPORTED_DATABASE', `expected a postgres DataSource, got ${options.type}`);
  }
  const postgres: PostgresConnectionOptions = options;
  const credentials = postgres.replication?.master ?? postgres;
  return {
    connectionString: credentials.url,
    host: credentials.host,
    user: credentials.username,
    password: credentials.password,
    database: credentials.database,
    port: credentials.port,
    // TypeORM declares node's server-side TlsOptions but hands the value to pg unchanged.
    ssl: credentials.ssl as ClientConfig['ssl'],
    connectionTimeoutMillis: postgres.connectTimeoutMS,
    ...(postgres.extra as ClientConfig | undefined),
    application_name: applicationName,
  };
}
