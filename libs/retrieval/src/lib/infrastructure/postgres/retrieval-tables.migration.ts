import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The system of record behind the in-memory index: every indexed chunk with its vector, which
 * version of each document is searched, and a per-tenant counter of activations (the
 * knowledge-base version a retrieval answer names). Each process's index is rebuilt from here.
 */
export class RetrievalTables1763900000000 implements MigrationInterface {
  readonly name = 'RetrievalTables1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE retrieval.chunks (
      tenant_id text NOT NULL,
      chunk_id text NOT NULL,
      document_id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      chunk_index integer NOT NULL CHECK (chunk_index >= 0),
      title text NOT NULL,
      section text NULL,
      language text NULL,
      acl_tags text[] NOT NULL,
      text text NOT NULL,
      vector real[] NOT NULL,
      embedding_model text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, chunk_id)
    )`);
    await runner.query('CREATE INDEX chunks_document_version_idx ON retrieval.chunks (tenant_id, document_id, version)');
    await runner.query(`CREATE TABLE retrieval.active_versions (
      tenant_id text NOT NULL,
      document_id text NOT NULL,
      version integer NOT NULL,
      previous_version integer NULL,
      activated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, document_id)
    )`);
    await runner.query(`CREATE TABLE retrieval.knowledge_base_versions (
      tenant_id text PRIMARY KEY,
      version bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE retrieval.knowledge_base_versions');
    await runner.query('DROP TABLE retrieval.active_versions');
    await runner.query('DROP TABLE retrieval.chunks');
  }
}
