import type { EntityManager } from 'typeorm';
import type { VersionState, VersionStatus } from '../../domain/documents/document-versions';

export interface VersionRow extends VersionState {
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly activatedAt: Date | null;
  readonly failedAt: Date | null;
}

interface RawVersion {
  version: number;
  status: VersionStatus;
  chunk_count: number | null;
  failed_step: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: Date;
  updated_at: Date;
  activated_at: Date | null;
  failed_at: Date | null;
}

const toVersion = (row: RawVersion): VersionRow => ({
  version: row.version,
  status: row.status,
  ...(row.chunk_count === null ? {} : { chunkCount: row.chunk_count }),
  ...(row.failed_step === null ? {} : { failure: { step: row.failed_step, code: row.error_code ?? '', message: row.error_message ?? '' } }),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  activatedAt: row.activated_at,
  failedAt: row.failed_at,
});

/** Every version of a document, oldest first. Callers that write hold the document row's lock. */
export async function listVersions(manager: EntityManager, tenantId: string, documentId: string): Promise<VersionRow[]> {
  const rows = await manager.query<RawVersion[]>(
    `SELECT version, status, chunk_count, failed_step, error_code, error_message, created_at, updated_at, activated_at, failed_at
     FROM gateway.document_versions WHERE tenant_id = $1 AND document_id = $2 ORDER BY version`,
    [tenantId, documentId],
  );
  return rows.map(toVersion);
}

/**
 * Writes a version's new state; `at` is the event's time: the version's creation when first
 * seen, its activation or failure time when it reaches that status (kept from then on).
 */
export async function saveVersion(manager: EntityManager, tenantId: string, documentId: string, state: VersionState, at: Date): Promise<void> {
  await manager.query(
    `INSERT INTO gateway.document_versions
       (tenant_id, document_id, version, status, chunk_count, failed_step, error_code, error_message, created_at, activated_at, failed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $4 = 'active' THEN $9::timestamptz END, CASE WHEN $6::text IS NOT NULL THEN $9::timestamptz END)
     ON CONFLICT (tenant_id, document_id, version) DO UPDATE SET
       status = EXCLUDED.status, chunk_count = EXCLUDED.chunk_count, failed_step = EXCLUDED.failed_step,
       error_code = EXCLUDED.error_code, error_message = EXCLUDED.error_message, updated_at = now(),
       activated_at = COALESCE(gateway.document_versions.activated_at, EXCLUDED.activated_at),
       failed_at = COALESCE(gateway.document_versions.failed_at, EXCLUDED.failed_at)`,
    [tenantId, documentId, state.version, state.status, state.chunkCount ?? null, state.failure?.step ?? null, state.failure?.code ?? null,
      state.failure?.message ?? null, at],
  );
}
