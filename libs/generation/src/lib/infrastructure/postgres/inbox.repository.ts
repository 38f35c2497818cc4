import type { DataSource } from 'typeorm';

/**
 * A quick read, outside any transaction, of whether this group already handled the event, so
 * a redelivered command skips its slow work. It is only an optimisation: the authoritative
 * check is `handleOnce`'s insert, which still turns a concurrent duplicate into a no-op.
 */
export async function alreadyHandled(dataSource: DataSource, consumerGroup: string, eventId: string): Promise<boolean> {
  const rows = await dataSource.query<unknown[]>('SELECT 1 FROM generation.inbox WHERE consumer_group = $1 AND event_id = $2', [consumerGroup, eventId]);
  return rows.length > 0;
}
