import type { EntityManager } from 'typeorm';
import type { AuditEntry, ChainHead } from '../../domain/audit-record';

/**
 * Serialises appends to one tenant's chain until the transaction ends: the head read next
 * stays the head until this append commits. Tenants whose keys collide in `hashtext` merely
 * wait for each other; the chains stay separate.
 */
export async function lockTenantChain(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit:' || $1))`, [tenantId]);
}

export async function readChainHead(manager: EntityManager, tenantId: string): Promise<ChainHead | undefined> {
  const rows = await manager.query<{ seq: string; hash: string }[]>('SELECT seq, hash FROM audit.chain_heads WHERE tenant_id = $1', [tenantId]);
  return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : undefined;
}

/** Inserts the record; undefined if this CloudEvent id is already in the log. */
export async function insertRecord(manager: EntityManager, entry: AuditEntry, prevHash: string, hash: string): Promise<number | undefined> {
  const rows = await manager.query<{ seq: string }[]>(
    `INSERT INTO audit.events (tenant_id, event_id, type, source, subject, correlation_id, causation_id, conversation_id,
       document_id, time, recorded_at, data, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (event_id) DO NOTHING RETURNING seq`,
    [
      entry.tenantId, entry.eventId, entry.type, entry.source, entry.subject, entry.correlationId, entry.causationId,
      entry.conversationId, entry.documentId, entry.time, entry.recordedAt, JSON.stringify(entry.data), prevHash, hash,
    ],
  );
  return rows[0] ? Number(rows[0].seq) : undefined;
}

export async function moveChainHead(manager: EntityManager, tenantId: string, head: ChainHead): Promise<void> {
  await manager.query(
    `INSERT INTO audit.chain_heads (tenant_id, seq, hash) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
    [tenantId, head.seq, head.hash],
  );
}
