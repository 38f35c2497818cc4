import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per registered document version. A version is `indexing` from the commit that sent
 * `IndexChunks`, `indexed` once activation was asked for, then `active`; the version it
 * replaces becomes `superseded`. `failed` is terminal and the previous version stays active.
 */
export class IngestionDocumentVersions1763900000000 implements MigrationInterface {
  readonly name = 'IngestionDocumentVersions1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ingestion.document_versions (
      tenant_id text NOT NULL,
      document_id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      title text NOT NULL,
      media_type text NOT NULL,
      content_sha256 text NOT NULL,
      source_uri text NOT NULL,
      language text NULL,
      acl_tags text[] NOT NULL,
      status text NOT NULL CHECK (status IN ('indexing', 'indexed', 'active', 'superseded', 'failed')),
      error text NULL,
      chunks_uri text NULL,
      chunk_count integer NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, document_id, version)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ingestion.document_versions');
  }
}
