import type { EntityManager } from 'typeorm';
import type { IndexedChunk } from '../../domain/index/indexed-chunk';

/** A chunk as stored: what the index needs, plus its position and the model of its vector. */
export interface ChunkRow extends IndexedChunk {
  readonly chunkIndex: number;
  readonly vector: readonly number[];
  readonly embeddingModel: string;
}

/** Rows per INSERT: 14 parameters each stays far below PostgreSQL's 65,535-parameter limit. */
const BATCH = 200;
const COLUMNS = 14;

/** Stores chunks; a chunk id seen before is overwritten, so re-indexing a version is idempotent. */
export async function upsertChunks(manager: EntityManager, rows: readonly ChunkRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const values = batch.map((_, i) => `(${Array.from({ length: COLUMNS }, (_unused, c) => `$${i * COLUMNS + c + 1}`).join(', ')})`);
    await manager.query(
      `INSERT INTO retrieval.chunks (tenant_id, chunk_id, document_id, version, chunk_index, title, section, language, acl_tags, text, vector, embedding_model, parent_text, uri)
       VALUES ${values.join(', ')}
       ON CONFLICT (tenant_id, chunk_id) DO UPDATE SET title = EXCLUDED.title, section = EXCLUDED.section, language = EXCLUDED.language,
         acl_tags = EXCLUDED.acl_tags, text = EXCLUDED.text, vector = EXCLUDED.vector, embedding_model = EXCLUDED.embedding_model,
         parent_text = EXCLUDED.parent_text, uri = EXCLUDED.uri`,
      batch.flatMap((r) => [r.tenantId, r.chunkId, r.documentId, r.documentVersion, r.chunkIndex, r.title, r.section ?? null,
        r.language ?? null, [...r.aclTags], r.text, [...r.vector], r.embeddingModel, r.parentText ?? null, r.uri ?? null]),
    );
  }
}

export async function countChunks(manager: EntityManager, tenantId: string, documentId: string, version: number): Promise<number> {
  const rows = await manager.query<{ count: string }[]>(
    'SELECT count(*) AS count FROM retrieval.chunks WHERE tenant_id = $1 AND document_id = $2 AND version = $3',
    [tenantId, documentId, version],
  );
  return Number(rows[0]?.count ?? 0);
}

interface StoredChunkRow {
  chunk_id: string;
  document_id: string;
  version: number;
  title: string;
  section: string | null;
  language: string | null;
  acl_tags: string[];
  text: string;
  chunk_index: number;
  parent_text: string | null;
  uri: string | null;
  vector: number[] | null;
}

/**
 * The chunks of the given document versions of one tenant, for the in-memory index. Vectors of
 * another embedding model are left out (those chunks stay findable by BM25), because vectors of
 * different models cannot be compared.
 */
export async function loadChunks(manager: EntityManager, tenantId: string, versions: ReadonlyMap<string, number>, embeddingModel: string): Promise<IndexedChunk[]> {
  if (versions.size === 0) return [];
  const rows = await manager.query<StoredChunkRow[]>(
    `SELECT c.chunk_id, c.document_id, c.version, c.title, c.section, c.language, c.acl_tags, c.text, c.chunk_index, c.parent_text, c.uri,
       CASE WHEN c.embedding_model = $4 THEN c.vector END AS vector
     FROM retrieval.chunks c JOIN unnest($2::text[], $3::integer[]) AS wanted(document_id, version)
       ON c.document_id = wanted.document_id AND c.version = wanted.version
     WHERE c.tenant_id = $1 ORDER BY c.document_id, c.chunk_index`,
    [tenantId, [...versions.keys()], [...versions.values()], embeddingModel],
  );
  return rows.map((row) => ({
    chunkId: row.chunk_id, tenantId, documentId: row.document_id, documentVersion: row.version, title: row.title,
    aclTags: row.acl_tags, text: row.text, chunkIndex: row.chunk_index,
    ...(row.parent_text === null ? {} : { parentText: row.parent_text }),
    ...(row.uri === null ? {} : { uri: row.uri }),
    ...(row.section === null ? {} : { section: row.section }),
    ...(row.language === null ? {} : { language: row.language }),
    ...(row.vector === null ? {} : { vector: row.vector }),
  }));
}

/** Deletes chunks of a document (one version, or all of them); returns the versions and count deleted. */
export async function deleteChunks(manager: EntityManager, tenantId: string, documentId: string, version?: number): Promise<{ versions: number[]; count: number }> {
  const rows = await manager.query<{ version: number }[]>(
    // In a CTE: TypeORM returns a bare DELETE's rows wrapped with its count.
    `WITH gone AS (DELETE FROM retrieval.chunks WHERE tenant_id = $1 AND document_id = $2 ${version === undefined ? '' : 'AND version = $3'} RETURNING version)
     SELECT version FROM gone`,
    version === undefined ? [tenantId, documentId] : [tenantId, documentId, version],
  );
  return { versions: [...new Set(rows.map((row) => row.version))].sort((a, b) => a - b), count: rows.length };
}

/** Deletes the chunks of every version older than `version` (a newer one may still be in flight). */
export async function deleteChunksBefore(manager: EntityManager, tenantId: string, documentId: string, version: number): Promise<void> {
  await manager.query('DELETE FROM retrieval.chunks WHERE tenant_id = $1 AND document_id = $2 AND version < $3', [tenantId, documentId, version]);
}
