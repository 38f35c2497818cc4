import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue between accepting a `RegisterDocument` and processing it. Accepting is a quick
 * insert, so the consumer never blocks behind a large parse; workers then take jobs tenant by
 * tenant (`tenant_turns` records who was served last), so one tenant's bulk upload cannot
 * starve another tenant's single document.
 */
export class IngestionJobs1764300000001 implements MigrationInterface {
  readonly name = 'IngestionJobs1764300000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ingestion.jobs (
      id bigserial PRIMARY KEY,
      tenant_id text NOT NULL,
      document_id text NOT NULL,
      envelope jsonb NOT NULL,
      state text NOT NULL CHECK (state IN ('queued', 'running', 'done')),
      attempts integer NOT NULL DEFAULT 0,
      available_at timestamptz NOT NULL DEFAULT now(),
      lease_until timestamptz NULL,
      enqueued_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz NULL
    )`);
    await runner.query(`CREATE INDEX jobs_pending_idx ON ingestion.jobs (tenant_id, id) WHERE state <> 'done'`);
    await runner.query(`CREATE TABLE ingestion.tenant_turns (
      tenant_id text PRIMARY KEY,
      last_served_at timestamptz NOT NULL
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ingestion.tenant_turns');
    await runner.query('DROP TABLE ingestion.jobs');
  }
}
