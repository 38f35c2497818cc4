import { createHash } from 'node:crypto';
import { assertSchemaName } from '../persistence/schema-name';

const CHANNEL_PREFIX = 'sagewire_outbox_';
/** PostgreSQL identifiers, channel names included, are at most 63 bytes; pg_notify refuses longer. */
const MAX_CHANNEL_LENGTH = 63;

/**
 * The LISTEN/NOTIFY channel on which writers tell relays "rows were committed". Long schema
 * names get a hash suffix instead of being truncated, so two schemas never share a channel.
 */
export function outboxChannel(schema: string): string {
  const plain = `${CHANNEL_PREFIX}${assertSchemaName(schema)}`;
  if (plain.length <= MAX_CHANNEL_LENGTH) return plain;
  const hash = createHash('sha256').update(schema).digest('hex').slice(0, 16);
  return `${plain.slice(0, MAX_CHANNEL_LENGTH - hash.length - 1)}_${hash}`;
}

/** Namespace for the relay's advisory lock, so it cannot collide with other advisory lock users. */
export const OUTBOX_LOCK_NAMESPACE = 0x53_57_4f_42; // "SWOB"
