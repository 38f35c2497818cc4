import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs reads in a transaction of their own. In the embedded mode every connection shares one
 * PGlite session, and the socket server keeps a connection's protocol messages together only
 * inside a transaction: a bare parameterised query can have its unnamed statement replaced by
 * another connection's between Parse and Bind ("unnamed prepared statement does not exist").
 * In PostgreSQL this costs one BEGIN/COMMIT round trip.
 */
export function readInTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}
