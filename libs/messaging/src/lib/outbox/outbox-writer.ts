import { randomUUID } from 'node:crypto';
import type { Contract, Envelope } from '@sagewire/contracts';
import { AppError } from '@sagewire/errors';
import type { EntityManager } from 'typeorm';
import { encodeFor } from '../cloudevents/binary-mode';
import type { OutgoingMessage } from '../event-bus.port';
import { requireTransaction } from '../persistence/require-transaction';
import { assertSchemaName, OUTBOX_TABLE, qualifiedTable } from '../persistence/schema-name';
import { outboxChannel } from './outbox-channel';

const CLOUDEVENT_ID_HEADER = 'ce_id';
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Six parameters a row; PostgreSQL allows 65 535 parameters per statement. */
const ROWS_PER_INSERT = 1_000;
const UNIQUE_VIOLATION = '23505';

/**
 * Writes outgoing messages to a service's outbox inside the caller's transaction, so a state
 * change and the events it causes commit together or not at all (DESIGN.md, "Delivery").
 * The relay (`OutboxRelay`) publishes them after commit.
 */
export class OutboxWriter {
  private readonly table: string;
  private readonly channel: string;

  constructor(schema: string) {
    this.table = qualifiedTable(assertSchemaName(schema), OUTBOX_TABLE);
    this.channel = outboxChannel(schema);
  }

  /** Appends messages in order; the caller's transaction must be active. */
  async enqueue(manager: EntityManager, messages: readonly OutgoingMessage[]): Promise<void> {
    requireTransaction(manager, 'OutboxWriter.enqueue');
    if (messages.length === 0) return;
    for (let start = 0; start < messages.length; start += ROWS_PER_INSERT) {
      await this.insert(manager, messages.slice(start, start + ROWS_PER_INSERT));
    }
    // Delivered at COMMIT and dropped on rollback, so relays wake exactly when rows are visible.
    await manager.query('SELECT pg_notify($1, $2)', [this.channel, '']);
  }

  /** Encodes a CloudEvent for its contract's topic (binary content mode) and enqueues it. */
  async enqueueEnvelope(manager: EntityManager, contract: Contract, envelope: Envelope): Promise<void> {
    await this.enqueue(manager, [encodeFor(contract, envelope)]);
  }

  private async insert(manager: EntityManager, messages: readonly OutgoingMessage[]): Promise<void> {
    const values: string[] = [];
    const parameters: unknown[] = [];
    for (const message of messages) {
      const p = parameters.length;
      values.push(`($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}::jsonb, $${p + 5}::bytea)`);
      parameters.push(rowIdOf(message), message.topic, message.key, JSON.stringify(message.headers ?? {}), message.value);
    }
    // One multi-row VALUES statement assigns seq in list order, so publish order = enqueue order.
    const sql = `INSERT INTO ${this.table} (id, topic, message_key, headers, payload) VALUES ${values.join(', ')}`;
    try {
      await manager.query(sql, parameters);
    } catch (error) {
      throw translateInsertError(error);
    }
  }
}

/** The CloudEvent id when there is one (its uniqueness rejects enqueueing it twice), else a fresh id. */
function rowIdOf(message: OutgoingMessage): string {
  // A row the bus will always refuse would block every later row (order must hold): refuse it now.
  if (message.topic.length === 0 || message.key.length === 0) {
    throw new AppError('MESSAGING.EMPTY_KEY', `outbox messages need a topic and a non-empty key (topic ${JSON.stringify(message.topic)})`);
  }
  const id = message.headers?.[CLOUDEVENT_ID_HEADER];
  if (id === undefined) return randomUUID();
  if (!UUID_PATTERN.test(id)) {
    throw new AppError('MESSAGING.OUTBOX_INVALID_EVENT_ID', `outbox rows are keyed by UUID CloudEvent ids; ${message.topic} has ce_id ${JSON.stringify(id)}`);
  }
  return id;
}

function translateInsertError(error: unknown): unknown {
  if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) return error;
  return new AppError('MESSAGING.OUTBOX_DUPLICATE_EVENT', 'an event with this id is already in the outbox', { cause: error });
}
