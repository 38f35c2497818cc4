import { describeError } from '@sagewire/errors';
import type { DataSource } from 'typeorm';
import { backoffDelay, type RetryPolicy } from '../consumer/retry-policy';
import type { EventBus } from '../event-bus.port';
import { jsonLogger, type MessagingLogger } from '../logger';
import { pgClientConfigFrom } from '../persistence/pg-client-config';
import { assertSchemaName } from '../persistence/schema-name';
import { outboxChannel } from './outbox-channel';
import { OutboxListener } from './outbox-listener';
import { OutboxStore, toOutgoingMessage } from './outbox-store';
import { WakeSignal } from './wake-signal';

export interface OutboxRelayOptions {
  /** Rows per transaction and per `bus.publish` call. Default 100. */
  readonly batchSize?: number;
  /** Fallback poll when no notification arrives (listener down, notification lost). Default 500 ms. */
  readonly pollIntervalMs?: number;
  /** Backoff after a failed drain; the relay never gives up. Default 200 ms doubling to 10 s. */
  readonly backoff?: { readonly initialDelayMs: number; readonly maxDelayMs: number };
  readonly logger?: MessagingLogger;
}

export const DEFAULT_OUTBOX_BATCH_SIZE = 100;
export const DEFAULT_OUTBOX_POLL_INTERVAL_MS = 500;
export const DEFAULT_OUTBOX_BACKOFF = { initialDelayMs: 200, maxDelayMs: 10_000 } as const;
/** last_error keeps a bounded summary: error messages can be long. */
const MAX_ERROR_LENGTH = 1_000;

/**
 * Publishes a schema's outbox rows to the bus in seq order, at least once: a row is marked
 * published only after `bus.publish` resolved, in the transaction that selected it, so a crash
 * or a failed publish means "publish again" (consumers deduplicate with the inbox), never loss.
 * Several relays may run on one schema: an advisory lock lets one publish at a time.
 */
export class OutboxRelay {
  private readonly store: OutboxStore;
  private readonly listener: OutboxListener;
  private readonly signal = new WakeSignal();
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly backoff: RetryPolicy;
  private readonly logger: MessagingLogger;
  private readonly inFlight = new Set<Promise<number>>();
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly bus: EventBus,
    options: OutboxRelayOptions = {},
  ) {
    assertSchemaName(schema);
    this.store = new OutboxStore(schema);
    this.batchSize = options.batchSize ?? DEFAULT_OUTBOX_BATCH_SIZE;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_OUTBOX_POLL_INTERVAL_MS;
    this.backoff = { maxAttempts: Number.POSITIVE_INFINITY, ...(options.backoff ?? DEFAULT_OUTBOX_BACKOFF) };
    this.logger = options.logger ?? jsonLogger('outbox-relay');
    const clientConfig = pgClientConfigFrom(dataSource, `sagewire-outbox-${schema}`.slice(0, 63));
    this.listener = new OutboxListener(clientConfig, outboxChannel(schema), () => this.signal.notify(), this.logger);
  }

  /** Listens first, then drains what is already waiting, then follows notifications and polls. */
  async start(): Promise<void> {
    if (this.loop !== undefined) return;
    this.stopping = false;
    this.signal.reset();
    await this.listener.start();
    if (this.stopping) return this.listener.stop(); // stop() was called while we connected
    this.loop = this.run();
  }

  /** Lets an in-flight drain finish (its rows are then marked), then closes the listener. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.signal.interrupt();
    await this.loop;
    this.loop = undefined;
    await Promise.allSettled([...this.inFlight]);
    await this.listener.stop();
  }

  /**
   * Publishes one batch; resolves with its size. 0 also when another relay holds the lock
   * (it publishes these rows). Rejects with the bus or database error after recording it.
   */
  async drainOnce(): Promise<number> {
    const drain = this.drain();
    this.inFlight.add(drain);
    try {
      return await drain;
    } finally {
      this.inFlight.delete(drain);
    }
  }

  /** Retention: deletes rows published before `olderThan`; unpublished rows are never touched. */
  async purgePublished(olderThan: Date): Promise<number> {
    return this.store.purgePublished(this.dataSource, olderThan);
  }

  private async drain(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    let seqs: string[] = [];
    try {
      await runner.connect();
      await runner.startTransaction();
      if (!(await this.store.tryLock(runner))) {
        await runner.commitTransaction();
        return 0;
      }
      const rows = await this.store.selectBatch(runner, this.batchSize);
      seqs = rows.map((row) => row.seq);
      // One call for the whole batch, in seq order: the bus keeps per-key order within a call.
      if (rows.length > 0) await this.bus.publish(rows.map(toOutgoingMessage));
      if (rows.length > 0) await this.store.markPublished(runner, seqs);
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      await this.abandon(runner.isTransactionActive ? () => runner.rollbackTransaction() : undefined, seqs, error);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Rolls back and records the failure; secondary errors are logged, the original is rethrown. */
  private async abandon(rollback: (() => Promise<void>) | undefined, seqs: readonly string[], error: unknown): Promise<void> {
    const { code, message } = describeError(error);
    try {
      await rollback?.();
      if (seqs.length > 0) await this.store.recordFailure(this.dataSource, seqs, `${code}: ${message}`.slice(0, MAX_ERROR_LENGTH));
    } catch (secondary) {
      this.logger.warn('outbox failure could not be recorded', { schema: this.schema, code, reason: describeError(secondary).message });
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.signal.takePending();
      let published: number;
      try {
        published = await this.drainOnce();
      } catch (error) {
        failures += 1;
        const delayMs = backoffDelay(this.backoff, failures);
        const { code, message } = describeError(error);
        this.logger.error('outbox drain failed; retrying', { schema: this.schema, failures, delayMs, code, message });
        await this.signal.wait(delayMs, false);
        continue;
      }
      if (failures > 0) this.logger.info('outbox drain recovered', { schema: this.schema, failures });
      failures = 0;
      // A full batch means more rows are waiting; a notification during the drain means new ones.
      if (published >= this.batchSize || this.signal.takePending()) continue;
      await this.signal.wait(this.pollIntervalMs, true);
    }
  }
}
