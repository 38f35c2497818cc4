import type { DataSource, EntityManager } from 'typeorm';
import { requireTransaction } from '../persistence/require-transaction';
import { INBOX_TABLE, qualifiedTable } from '../persistence/schema-name';

/** Identifies one delivery: which group handled which event, and where it was read (for operators). */
export interface InboxKey {
  readonly consumerGroup: string;
  /** The CloudEvent id: a redelivery or a replay of the event carries the same one. */
  readonly eventId: string;
  readonly topic: string;
  readonly partition: number;
  /** Decimal string, as Kafka offsets can exceed 2^53. */
  readonly offset: string;
}

export type InboxOutcome<T> = { readonly duplicate: true } | { readonly duplicate: false; readonly result: T };

/**
 * Makes a consumer's effect happen once per event and consumer group, however often the event
 * is delivered (DESIGN.md, "Delivery"): the handled event id is recorded in the same
 * transaction as the effect, so both commit or neither does.
 */
export class Inbox {
  private readonly table: string;

  constructor(schema: string) {
    this.table = qualifiedTable(schema, INBOX_TABLE);
  }

  /**
   * Runs `effect` unless this group already handled the event; call it inside the caller's
   * transaction. A concurrent delivery of the same event waits on the primary key until the
   * first transaction ends, then sees the conflict (committed) or runs the effect (rolled back).
   * The row and the effect run in a savepoint, so an effect that throws leaves no inbox row
   * even if the caller catches the error and commits: a retry runs the effect again.
   */
  async handleOnce<T>(manager: EntityManager, key: InboxKey, effect: (manager: EntityManager) => Promise<T>): Promise<InboxOutcome<T>> {
    requireTransaction(manager, 'Inbox.handleOnce');
    return manager.transaction(async (savepoint): Promise<InboxOutcome<T>> => {
      const claimed = await savepoint.query<unknown[]>(
        `INSERT INTO ${this.table} (consumer_group, event_id, topic, partition, message_offset)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (consumer_group, event_id) DO NOTHING RETURNING 1`,
        [key.consumerGroup, key.eventId, key.topic, key.partition, key.offset],
      );
      if (claimed.length === 0) return { duplicate: true };
      return { duplicate: false, result: await effect(savepoint) };
    });
  }

  /** `handleOnce` in a transaction of its own (READ COMMITTED, the PostgreSQL default). */
  async runInTransaction<T>(dataSource: DataSource, key: InboxKey, effect: (manager: EntityManager) => Promise<T>): Promise<InboxOutcome<T>> {
    return dataSource.transaction((manager) => this.handleOnce(manager, key, effect));
  }
}
