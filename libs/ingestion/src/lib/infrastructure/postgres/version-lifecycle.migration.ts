import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions can end rolled back (a failed version whose partial chunks retrieval removed) or
 * deleted (the whole document was deleted; a version still in flight then never activates).
 */
export class IngestionVersionLifecycle1764300000000 implements MigrationInterface {
  readonly name = 'IngestionVersionLifecycle1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.document_versions DROP CONSTRAINT document_versions_status_check');
    await runner.query(`ALTER TABLE ingestion.document_versions ADD CONSTRAINT document_versions_status_check
      CHECK (status IN ('indexing', 'indexed', 'active', 'superseded', 'failed', 'rolled_back', 'deleted'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.document_versions DROP CONSTRAINT document_versions_status_check');
    await runner.query(`ALTER TABLE ingestion.document_versions ADD CONSTRAINT document_versions_status_check
      CHECK (status IN ('indexing', 'indexed', 'active', 'superseded', 'failed'))`);
  }
}
