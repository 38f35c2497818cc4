import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each document version's own history (status, failure, chunk count), kept from ingestion's
 * events, next to the document row that shows the latest version.
 */
export class GatewayDocumentVersions1764100000004 implements MigrationInterface {
  readonly name = 'GatewayDocumentVersions1764100000004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.document_versions (
      tenant_id text NOT NULL,
      document_id text NOT NULL,
      version integer NOT NULL,
      status text NOT NULL CHECK (status IN ('indexing', 'active', 'failed', 'rolled_back', 'superseded')),
      chunk_count integer,
      failed_step text,
      error_code text,
      error_message text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      activated_at timestamptz,
      failed_at timestamptz,
      PRIMARY KEY (tenant_id, document_id, version),
      FOREIGN KEY (tenant_id, document_id) REFERENCES gateway.documents (tenant_id, document_id)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.document_versions');
  }
}
