import type { ChainedRecord } from '../../domain/audit-record';
import type { JsonValue } from '../../domain/canonical-json';

/** A row of audit.events as node-postgres returns it (bigint as a string, timestamptz as a Date). */
export interface AuditEventRow {
  readonly seq: string;
  readonly tenant_id: string;
  readonly event_id: string;
  readonly type: string;
  readonly source: string;
  readonly subject: string;
  readonly correlation_id: string;
  readonly causation_id: string | null;
  readonly conversation_id: string | null;
  readonly document_id: string | null;
  readonly time: Date;
  readonly recorded_at: Date;
  readonly data: JsonValue;
  readonly prev_hash: string;
  readonly hash: string;
}

/** Every column of audit.events, qualified by the alias `e`. */
export const AUDIT_EVENT_COLUMNS = [
  'seq', 'tenant_id', 'event_id', 'type', 'source', 'subject', 'correlation_id', 'causation_id',
  'conversation_id', 'document_id', 'time', 'recorded_at', 'data', 'prev_hash', 'hash',
].map((column) => `e.${column}`).join(', ');

/** seq fits a JS number: 2^53 appends is beyond any audit log's life. */
export function toChainedRecord(row: AuditEventRow): ChainedRecord {
  return {
    seq: Number(row.seq),
    tenantId: row.tenant_id,
    eventId: row.event_id,
    type: row.type,
    source: row.source,
    subject: row.subject,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    conversationId: row.conversation_id,
    documentId: row.document_id,
    time: row.time.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
