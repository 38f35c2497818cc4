import type { EntityManager } from 'typeorm';
import type { ChainedRecord } from '../../domain/audit-record';
import { AUDIT_EVENT_COLUMNS, toChainedRecord, type AuditEventRow } from './audit-row.mapper';

export interface LinkedRecord {
  readonly record: ChainedRecord;
  /** Hash of the record before it in the tenant's chain; undefined for the first. */
  readonly predecessorHash: string | undefined;
}

/**
 * A page of one conversation's records in append order, each with its chain predecessor's
 * hash (one index probe per record, not a walk of the tenant's chain).
 */
export async function readConversationPage(
  manager: EntityManager, tenantId: string, conversationId: string, afterSeq: number, limit: number,
): Promise<LinkedRecord[]> {
  const rows = await manager.query<(AuditEventRow & { predecessor_hash: string | null })[]>(
    `SELECT ${AUDIT_EVENT_COLUMNS}, p.hash AS predecessor_hash
     FROM audit.events e
     LEFT JOIN LATERAL (
       SELECT q.hash FROM audit.events q WHERE q.tenant_id = e.tenant_id AND q.seq < e.seq ORDER BY q.seq DESC LIMIT 1
     ) p ON true
     WHERE e.tenant_id = $1 AND e.conversation_id = $2 AND e.seq > $3
     ORDER BY e.seq LIMIT $4`,
    [tenantId, conversationId, afterSeq, limit],
  );
  return rows.map((row) => ({ record: toChainedRecord(row), predecessorHash: row.predecessor_hash ?? undefined }));
}

/** A page of a tenant's whole chain in seq order, for verification. */
export async function readChainPage(manager: EntityManager, tenantId: string, afterSeq: number, limit: number): Promise<ChainedRecord[]> {
  const rows = await manager.query<AuditEventRow[]>(
    `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit.events e WHERE e.tenant_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT $3`,
    [tenantId, afterSeq, limit],
  );
  return rows.map(toChainedRecord);
}
