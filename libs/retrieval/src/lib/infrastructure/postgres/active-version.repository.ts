import type { EntityManager } from 'typeorm';

export interface ActiveVersion {
  readonly version: number;
  readonly previousVersion: number | undefined;
}

/** The searched version of a document, its row locked for the rest of the transaction. */
export async function lockActiveVersion(manager: EntityManager, tenantId: string, documentId: string): Promise<ActiveVersion | undefined> {
  const rows = await manager.query<{ version: number; previous_version: number | null }[]>(
    'SELECT version, previous_version FROM retrieval.active_versions WHERE tenant_id = $1 AND document_id = $2 FOR UPDATE',
    [tenantId, documentId],
  );
  const row = rows[0];
  return row && { version: row.version, previousVersion: row.previous_version ?? undefined };
}

/** Makes `version` the searched one and bumps the tenant's knowledge-base version, in the caller's transaction. */
export async function activateVersion(manager: EntityManager, tenantId: string, documentId: string, version: number, previous: number | undefined): Promise<void> {
  await manager.query(
    `INSERT INTO retrieval.active_versions (tenant_id, document_id, version, previous_version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, document_id) DO UPDATE SET version = EXCLUDED.version, previous_version = EXCLUDED.previous_version, activated_at = now()`,
    [tenantId, documentId, version, previous ?? null],
  );
  await bumpKnowledgeBaseVersion(manager, tenantId);
}

/** A document stops being searched; returns the version it had, if any. Bumps the knowledge-base version when one went. */
export async function deactivateDocument(manager: EntityManager, tenantId: string, documentId: string): Promise<number | undefined> {
  const rows = await manager.query<{ version: number }[]>(
    // In a CTE: TypeORM returns a bare DELETE's rows wrapped with its count.
    'WITH gone AS (DELETE FROM retrieval.active_versions WHERE tenant_id = $1 AND document_id = $2 RETURNING version) SELECT version FROM gone',
    [tenantId, documentId],
  );
  const version = rows[0]?.version;
  if (version !== undefined) await bumpKnowledgeBaseVersion(manager, tenantId);
  return version;
}

/** Every change to what a tenant can find moves its counter on: caches keyed by it go stale at once. */
async function bumpKnowledgeBaseVersion(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(
    `INSERT INTO retrieval.knowledge_base_versions (tenant_id, version) VALUES ($1, 1)
     ON CONFLICT (tenant_id) DO UPDATE SET version = retrieval.knowledge_base_versions.version + 1, updated_at = now()`,
    [tenantId],
  );
}

/** Every tenant's knowledge-base version (bigint arrives as a string; counts stay far below 2^53). */
export async function readKnowledgeBaseVersions(manager: EntityManager, tenantId?: string): Promise<Map<string, number>> {
  const rows = await manager.query<{ tenant_id: string; version: string }[]>(
    `SELECT tenant_id, version FROM retrieval.knowledge_base_versions ${tenantId === undefined ? '' : 'WHERE tenant_id = $1'}`,
    tenantId === undefined ? [] : [tenantId],
  );
  return new Map(rows.map((row) => [row.tenant_id, Number(row.version)]));
}

/** document id → searched version, for one tenant. */
export async function readActiveVersions(manager: EntityManager, tenantId: string): Promise<Map<string, number>> {
  const rows = await manager.query<{ document_id: string; version: number }[]>(
    'SELECT document_id, version FROM retrieval.active_versions WHERE tenant_id = $1',
    [tenantId],
  );
  return new Map(rows.map((row) => [row.document_id, row.version]));
}
