import type { EntityManager } from 'typeorm';
import type { DocumentStatus } from '../../domain/documents/document-status';

export interface DocumentRow {
  readonly documentId: string;
  readonly title: string;
  readonly mediaType: string;
  readonly contentSha256: string;
  readonly sizeBytes: number;
  readonly language: string | null;
  readonly aclTags: readonly string[];
  readonly version: number;
  readonly activeVersion: number | null;
  readonly status: DocumentStatus;
  readonly errorMessage: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface RawDocument {
  document_id: string;
  title: string;
  media_type: string;
  content_sha256: string;
  size_bytes: string;
  language: string | null;
  acl_tags: string[];
  version: number;
  active_version: number | null;
  status: DocumentStatus;
  error_message: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'document_id, title, media_type, content_sha256, size_bytes, language, acl_tags, version, active_version, status, error_message, created_at, updated_at';

const toDocument = (row: RawDocument): DocumentRow => ({
  documentId: row.document_id,
  title: row.title,
  mediaType: row.media_type,
  contentSha256: row.content_sha256,
  sizeBytes: Number(row.size_bytes),
  language: row.language,
  aclTags: row.acl_tags,
  version: row.version,
  activeVersion: row.active_version,
  status: row.status,
  errorMessage: row.error_message,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface DocumentUpload {
  readonly documentId: string;
  readonly tenantId: string;
  readonly title: string;
  readonly mediaType: string;
  readonly contentSha256: string;
  readonly sizeBytes: number;
  readonly blobUri: string;
  readonly language?: string;
  readonly aclTags: readonly string[];
  readonly requestedBy: string;
}

export async function findDocument(manager: EntityManager, tenantId: string, documentId: string, lock = false): Promise<DocumentRow | undefined> {
  const rows = await manager.query<RawDocument[]>(
    `SELECT ${COLUMNS} FROM gateway.documents WHERE tenant_id = $1 AND document_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [tenantId, documentId],
  );
  return rows[0] ? toDocument(rows[0]) : undefined;
}

/** The tenant's documents, most recently changed first; deleted ones only when asked for. */
export async function listDocuments(manager: EntityManager, tenantId: string, limit: number, includeDeleted = false): Promise<DocumentRow[]> {
  const rows = await manager.query<RawDocument[]>(
    `SELECT ${COLUMNS} FROM gateway.documents WHERE tenant_id = $1${includeDeleted ? '' : " AND status <> 'deleted'"} ORDER BY updated_at DESC LIMIT $2`,
    [tenantId, limit],
  );
  return rows.map(toDocument);
}

/** Stores a new document (version 1) or the next version of an existing one, status `registered`. */
export async function upsertUploadedDocument(manager: EntityManager, upload: DocumentUpload, version: number): Promise<void> {
  await manager.query(
    `INSERT INTO gateway.documents (document_id, tenant_id, title, media_type, content_sha256, size_bytes, blob_uri, language, acl_tags, version, status, requested_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'registered', $11)
     ON CONFLICT (tenant_id, document_id) DO UPDATE SET title = EXCLUDED.title, media_type = EXCLUDED.media_type,
       content_sha256 = EXCLUDED.content_sha256, size_bytes = EXCLUDED.size_bytes, blob_uri = EXCLUDED.blob_uri,
       language = EXCLUDED.language, acl_tags = EXCLUDED.acl_tags, version = EXCLUDED.version, status = 'registered',
       error_message = NULL, requested_by = EXCLUDED.requested_by, updated_at = now()`,
    [upload.documentId, upload.tenantId, upload.title, upload.mediaType, upload.contentSha256, upload.sizeBytes, upload.blobUri,
      upload.language ?? null, upload.aclTags, version, upload.requestedBy],
  );
}

/** `activeVersion`: undefined keeps the stored one, null clears it (nothing is searchable). */
export async function updateDocumentProgress(
  manager: EntityManager,
  tenantId: string,
  documentId: string,
  change: { version: number; status: DocumentStatus; errorMessage?: string | undefined; activeVersion?: number | null | undefined },
): Promise<void> {
  await manager.query(
    `UPDATE gateway.documents SET version = $3, status = $4, error_message = $5,
       active_version = CASE WHEN $7 THEN $6::integer ELSE active_version END, updated_at = now()
     WHERE tenant_id = $1 AND document_id = $2`,
    [tenantId, documentId, change.version, change.status, change.errorMessage ?? null, change.activeVersion ?? null, change.activeVersion !== undefined],
  );
}
