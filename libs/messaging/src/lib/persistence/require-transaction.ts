import { AppError } from '@sagewire/errors';
import type { EntityManager } from 'typeorm';

/**
 * The outbox and the inbox are only correct inside the caller's transaction: a manager without
 * one (e.g. `dataSource.manager`) runs each statement on its own pooled connection and commits
 * it at once, so a crash could keep the state change without its events, or the inbox row
 * without its effect. Failing loudly here turns that silent loss into a bug found in a test.
 */
export function requireTransaction(manager: EntityManager, operation: string): void {
  if (manager.queryRunner?.isTransactionActive !== true) {
    throw new AppError(
      'MESSAGING.TRANSACTION_REQUIRED',
      `${operation} must run inside a transaction: pass the EntityManager given by dataSource.transaction(...)`,
    );
  }
}
