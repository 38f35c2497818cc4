import type { DataSource } from 'typeorm';
import { Inbox } from '../lib/inbox/inbox';
import type { IncomingMessage } from '../lib/event-bus.port';

/**
 * A side effect guarded by the inbox: one `effects` row per handled event, written in the same
 * transaction as the inbox row. Counting rows shows whether a redelivery re-applied anything.
 */
export async function createEffectsTable(dataSource: DataSource, schema: string): Promise<void> {
  await dataSource.query(`CREATE TABLE IF NOT EXISTS "${schema}".effects (event_id text NOT NULL, group_id text NOT NULL, topic text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
}

export async function applyEffectOnce(dataSource: DataSource, schema: string, groupId: string, message: IncomingMessage): Promise<boolean> {
  const eventId = message.headers['ce_id'];
  if (eventId === undefined) throw new Error('test message without ce_id');
  const outcome = await new Inbox(schema).runInTransaction(
    dataSource,
    { consumerGroup: groupId, eventId, topic: message.topic, partition: message.partition, offset: message.offset },
    (manager) => manager.query(`INSERT INTO "${schema}".effects (event_id, group_id, topic) VALUES ($1, $2, $3)`, [eventId, groupId, message.topic]),
  );
  return !outcome.duplicate;
}

export async function countEffects(dataSource: DataSource, schema: string, topic: string): Promise<number> {
  const rows: { n: string }[] = await dataSource.query(`SELECT count(*) AS n FROM "${schema}".effects WHERE topic = $1`, [topic]);
  return Number(rows[0]?.n ?? 0);
}
