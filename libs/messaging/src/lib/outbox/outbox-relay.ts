import { describeError } from '@sagewire/errors';
import type { DataSource } from 'typeorm';
import { backoffDelay, type RetryPolicy } from '../consumer/retry-policy';
import type { EventBus } from '../event-bus.port';
import { jsonLogger, type MessagingLogger } from '../logger';
import { pgClientConfigFrom } from '../persistence/pg-client-config';
import { assertSchemaName } from '../persistence/schema-name';
import { outboxChannel } from './outbox-channel';
import { drainBatch, type DrainContext } from './outbox-drain';
import { OutboxListener } from './outbox-listener';
import { OutboxStore } from './outbox-store';
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

/**
 * Publishes a schema's outbox rows to the bus in seq order, at least once (consumers
 * deduplicate with the inbox), never losing or reordering a row. Several relays may run on
 * one schema: an advisory lock lets one publish at a time. Wakes on NOTIFY from the writers'
 * commits, polls as a fallback, and backs off while the bus or the database fails.
 */
export class OutboxRelay {
  private readonly drain: DrainContext;
  private readonly listener: OutboxListener;
  private readonly signal = new WakeSignal();
  private readonly pollIntervalMs: number;
  private readonly backoff: RetryPolicy;
  private readonly logger: MessagingLogger;
  private readonly inFlight = new Set<Promise<number>>();
  private running = false;
  private stopping = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    bus: EventBus,
    options: OutboxRelayOptions = {},
  ) {
    assertSchemaName(schema);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_OUTBOX_POLL_INTERVAL_MS;
    this.backoff = { maxAttempts: Number.POSITIVE_INFINITY, ...(options.backoff ?? DEFAULT_OUTBOX_BACKOFF) };
    this.logger = options.logger ?? jsonLogger('outbox-relay');
    const batchSize = options.batchSize ?? DEFAULT_OUTBOX_BATCH_SIZE;
    this.drain = { dataSource, schema, store: new OutboxStore(schema), bus, batchSize, logger: this.logger };
    const clientConfig = pgClientConfigFrom(dataSource, `sagewire-outbox-${schema}`.slice(0, 63));
    this.listener = new OutboxListener(clientConfig, outboxChannel(schema), () => this.signal.notify(), this.logger);
  }

  /** Listens first (so no commit falls in between), then drains what waits, then follows wake-ups. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.signal.reset();
    await this.listener.start();
    if (this.stopping) return; // stop() ran while we connected and has closed the listener
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
    this.running = false;
  }

  /**
   * Publishes one batch and resolves with its size: 0 when nothing waits or another relay holds
   * the lock (it publishes these rows). Rejects with the bus or database error, after recording
   * it on the rows (attempts, last_error); the rows stay unpublished.
   */
  async drainOnce(): Promise<number> {
    const drain = drainBatch(this.drain);
    this.inFlight.add(drain);
    try {
      return await drain;
    } finally {
      this.inFlight.delete(drain);
    }
  }

  /**
   * Wakes the relay now, as a NOTIFY would. For writers in the same process after their commit:
   * the embedded database (PGlite) does not deliver notifications across connections.
   */
  wake(): void {
    this.signal.notify();
  }

  /** Retention: deletes rows published before `olderThan`; unpublished rows are never touched. */
  async purgePublished(olderThan: Date): Promise<number> {
    return this.drain.store.purgePublished(this.dataSource, olderThan);
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
      // A full batch means more rows wait; a notification during the drain means new ones.
      if (published >= this.drain.batchSize || this.signal.takePending()) continue;
      await this.signal.wait(this.pollIntervalMs, true);
    }
  }
}
