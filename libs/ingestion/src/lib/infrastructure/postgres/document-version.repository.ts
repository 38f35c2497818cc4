import type { EntityManager } from 'typeorm';

export type VersionStatus = 'indexing' | 'indexed' | 'active' | 'superseded' | 'failed' | 'rolled_back' | 'deleted';

/** What the saga steps need to know about a stored version. */
export interface StoredVersion {
  readonly version: number;
  readonly contentSha256: string;
  readonly status: VersionStatus;
}

export interface NewVersion {
  readonly tenantId: string;
  readonly documentId: string;
  readonly version: number;
  readonly title: string;
  readonly mediaType: string;
  readonly contentSha256: string;
  readonly sourceUri: string;
  readonly language: string | undefined;
  readonly aclTags: readonly string[];
  readonly status: 'indexing' | 'failed';
  readonly error: string | undefined;
  readonly chunksUri: string | undefined;
  readonly chunkCount: number | undefined;
}

interface VersionRow {
  version: number;
  content_sha256: string;
  status: VersionStatus;
}

const toStored = (row: VersionRow): StoredVersion => ({ version: row.version, contentSha256: row.content_sha256, status: row.status });

/** The document's highest version, whatever its status; undefined for a new document. */
export async function findLatestVersion(manager: EntityManager, tenantId: string, documentId: string): Promise<StoredVersion | undefined> {
  const rows = await manager.query<VersionRow[]>(
    `SELECT version, content_sha256, status FROM ingestion.document_versions
     WHERE tenant_id = $1 AND document_id = $2 ORDER BY version DESC LIMIT 1`,
    [tenantId, documentId],
  );
  return rows[0] && toStored(rows[0]);
}

/** One version, its row locked until the transaction ends (status changes of one version serialise). */
export async function lockVersion(manager: EntityManager, tenantId: string, documentId: string, version: number): Promise<StoredVersion | undefined> {
  const rows = await manager.query<VersionRow[]>(
    `SELECT version, content_sha256, status FROM ingestion.document_versions
     WHERE tenant_id = $1 AND document_id = $2 AND version = $3 FOR UPDATE`,
    [tenantId, documentId, version],
  );
  return rows[0] && toStored(rows[0]);
}

/** The version retrieval currently searches, if any. */
export async function findActiveVersion(manager: EntityManager, tenantId: string, documentId: string): Promise<number | undefined> {
  const rows = await manager.query<{ version: number }[]>(
    `SELECT version FROM ingestion.document_versions WHERE tenant_id = $1 AND document_id = $2 AND status = 'active'`,
    [tenantId, documentId],
  );
  return rows[0]?.version;
}

/** Inserts the version; false when that number is already taken (another delivery won the race). */
export async function insertVersion(manager: EntityManager, v: NewVersion): Promise<boolean> {
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO ingestion.document_versions (tenant_id, document_id, version, title, media_type, content_sha256, source_uri,
       language, acl_tags, status, error, chunks_uri, chunk_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (tenant_id, document_id, version) DO NOTHING RETURNING 1`,
    [v.tenantId, v.documentId, v.version, v.title, v.mediaType, v.contentSha256, v.sourceUri,
      v.language ?? null, v.aclTags, v.status, v.error ?? null, v.chunksUri ?? null, v.chunkCount ?? null],
  );
  return inserted.length > 0;
}

export async function setStatus(manager: EntityManager, tenantId: string, documentId: string, version: number, status: VersionStatus, error?: string): Promise<void> {
  await manager.query(
    `UPDATE ingestion.document_versions SET status = $4, error = COALESCE($5, error), updated_at = now()
     WHERE tenant_id = $1 AND document_id = $2 AND version = $3`,
    [tenantId, documentId, version, status, error ?? null],
  );
}

/** Makes `version` the active one and retires whichever was active before. */
export async function markActive(manager: EntityManager, tenantId: string, documentId: string, version: number): Promise<void> {
  await manager.query(
    `UPDATE ingestion.document_versions SET status = CASE WHEN version = $3 THEN 'active' ELSE 'superseded' END, updated_at = now()
     WHERE tenant_id = $1 AND document_id = $2 AND (version = $3 OR status = 'active')`,
    [tenantId, documentId, version],
  );
}

/** Marks every version of a document deleted; returns the versions that were still in flight or searched. */
export async function markDocumentDeleted(manager: EntityManager, tenantId: string, documentId: string): Promise<number[]> {
  const rows = await manager.query<{ version: number }[]>(
    // In a CTE: TypeORM returns a bare UPDATE's rows wrapped with its count.
    `WITH marked AS (UPDATE ingestion.document_versions SET status = 'deleted', updated_at = now()
       WHERE tenant_id = $1 AND document_id = $2 AND status <> 'deleted' RETURNING version)
     SELECT version FROM marked`,
    [tenantId, documentId],
  );
  return rows.map((row) => row.version);
}
