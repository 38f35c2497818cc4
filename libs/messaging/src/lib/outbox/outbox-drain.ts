import { describeError } from '@sagewire/errors';
import type { DataSource } from 'typeorm';
import type { EventBus } from '../event-bus.port';
import type { MessagingLogger } from '../logger';
import { OutboxStore, toOutgoingMessage } from './outbox-store';

/** last_error keeps a bounded summary: error messages can be long. */
const MAX_ERROR_LENGTH = 1_000;

export interface DrainContext {
  readonly dataSource: DataSource;
  readonly schema: string;
  readonly store: OutboxStore;
  readonly bus: EventBus;
  readonly batchSize: number;
  readonly logger: MessagingLogger;
}

/**
 * One relay step, in one transaction: take the schema's lock, read the oldest unpublished
 * rows, publish them, mark them. Rows are marked only after `bus.publish` resolved, so any
 * failure (bus, database, crash) leaves them to be published again: at least once, in order.
 * Resolves with the number published: 0 also when another relay holds the lock.
 */
export async function drainBatch(context: DrainContext): Promise<number> {
  const { dataSource, store, bus, batchSize } = context;
  const runner = dataSource.createQueryRunner();
  let seqs: string[] = [];
  try {
    await runner.connect();
    await runner.startTransaction();
    if (!(await store.tryLock(runner))) {
      await runner.commitTransaction();
      return 0;
    }
    const rows = await store.selectBatch(runner, batchSize);
    seqs = rows.map((row) => row.seq);
    if (rows.length > 0) {
      // One call for the whole batch, in seq order: the bus keeps per-key order within a call.
      await bus.publish(rows.map(toOutgoingMessage));
      await store.markPublished(runner, seqs);
    }
    await runner.commitTransaction();
    return rows.length;
  } catch (error) {
    await abandon(context, runner.isTransactionActive ? () => runner.rollbackTransaction() : undefined, seqs, error);
    throw error;
  } finally {
    await runner.release();
  }
}

/** Rolls back, then records the failure in its own statement; the original error wins. */
async function abandon(context: DrainContext, rollback: (() => Promise<void>) | undefined, seqs: readonly string[], error: unknown): Promise<void> {
  const { code, message } = describeError(error);
  try {
    await rollback?.();
    if (seqs.length > 0) await context.store.recordFailure(context.dataSource, seqs, `${code}: ${message}`.slice(0, MAX_ERROR_LENGTH));
  } catch (secondary) {
    context.logger.warn('outbox failure could not be recorded', { schema: context.schema, code, reason: describeError(secondary).message });
  }
}
