import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per query saga: its state as the pure decider left it, and the deadline of the
 * step it waits on (indexed so the poller finds expired ones without scanning finished sagas).
 */
export class OrchestratorQuerySagas1763800000000 implements MigrationInterface {
  readonly name = 'OrchestratorQuerySagas1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE orchestrator.query_sagas (
      query_id text PRIMARY KEY,
      tenant_id text NOT NULL,
      conversation_id text NOT NULL,
      status text NOT NULL,
      state jsonb NOT NULL,
      deadline_at timestamptz NULL,
      deadline jsonb NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query(`CREATE INDEX query_sagas_deadline_idx ON orchestrator.query_sagas (deadline_at) WHERE deadline_at IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE orchestrator.query_sagas');
  }
}
