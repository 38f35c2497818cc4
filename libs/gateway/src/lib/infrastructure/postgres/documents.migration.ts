import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded documents and the status of their latest version, kept from ingestion's events. */
export class GatewayDocuments1764100000003 implements MigrationInterface {
  readonly name = 'GatewayDocuments1764100000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.documents (
      document_id text NOT NULL,
      tenant_id text NOT NULL,
      title text NOT NULL,
      media_type text NOT NULL,
      content_sha256 text NOT NULL,
      size_bytes bigint NOT NULL,
      blob_uri text NOT NULL,
      language text,
      acl_tags text[] NOT NULL DEFAULT '{}',
      version integer NOT NULL,
      active_version integer,
      status text NOT NULL,
      error_message text,
      requested_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, document_id)
    )`);
    await runner.query('CREATE INDEX documents_tenant_updated_idx ON gateway.documents (tenant_id, updated_at DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.documents');
  }
}
