import type { DataSource, QueryRunner } from 'typeorm';
import type { OutgoingMessage } from '../event-bus.port';
import { OUTBOX_TABLE, qualifiedTable } from '../persistence/schema-name';
import { OUTBOX_LOCK_NAMESPACE } from './outbox-channel';

/** An unpublished outbox row as the relay reads it (`seq` is int8, so a decimal string). */
export interface PendingRow {
  readonly seq: string;
  readonly topic: string;
  readonly message_key: string;
  readonly headers: Record<string, string>;
  readonly payload: Buffer;
}

/** The relay's SQL against one schema's outbox; every method runs on the session it is given. */
export class OutboxStore {
  private readonly table: string;

  constructor(private readonly schema: string) {
    this.table = qualifiedTable(schema, OUTBOX_TABLE);
  }

  /**
   * One publisher per schema at a time, so rows reach the bus in seq order even with several
   * relay replicas. Transaction-scoped: released at commit or rollback, and by the server if
   * the session dies, so a crashed relay never leaves the outbox locked.
   */
  async tryLock(runner: QueryRunner): Promise<boolean> {
    const rows = await runner.manager.query<{ locked: boolean }[]>(
      'SELECT pg_try_advisory_xact_lock($1::int, hashtext($2)) AS locked',
      [OUTBOX_LOCK_NAMESPACE, this.schema],
    );
    return rows[0]?.locked === true;
  }

  async selectBatch(runner: QueryRunner, limit: number): Promise<PendingRow[]> {
    return runner.manager.query<PendingRow[]>(
      `SELECT seq, topic, message_key, headers, payload FROM ${this.table}
        WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE`,
      [limit],
    );
  }

  async markPublished(runner: QueryRunner, seqs: readonly string[]): Promise<void> {
    await runner.query(
      `UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1::bigint[])`,
      [seqs],
    );
  }

  /** Runs outside the rolled-back publish transaction, so the failure is recorded. */
  async recordFailure(dataSource: DataSource, seqs: readonly string[], error: string): Promise<void> {
    await dataSource.query(
      `UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[]) AND published_at IS NULL`,
      [seqs, error],
    );
  }

  async purgePublished(dataSource: DataSource, olderThan: Date): Promise<number> {
    const rows = await dataSource.query<{ count: number }[]>(
      `WITH purged AS (DELETE FROM ${this.table} WHERE published_at < $1 RETURNING 1)
       SELECT count(*)::int AS count FROM purged`,
      [olderThan],
    );
    return rows[0]?.count ?? 0;
  }
}

export function toOutgoingMessage(row: PendingRow): OutgoingMessage {
  return { topic: row.topic, key: row.message_key, value: row.payload, headers: row.headers };
}
