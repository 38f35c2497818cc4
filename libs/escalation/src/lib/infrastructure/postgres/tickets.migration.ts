import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The internal agent queue: one ticket per query (the query id is the idempotency key). */
export class EscalationTickets1763800000000 implements MigrationInterface {
  readonly name = 'EscalationTickets1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE escalation.tickets (
      ticket_id uuid PRIMARY KEY,
      tenant_id text NOT NULL,
      query_id text NOT NULL,
      conversation_id text NOT NULL,
      user_id text NOT NULL,
      system text NOT NULL,
      status text NOT NULL DEFAULT 'open',
      priority text NOT NULL,
      reason text NOT NULL,
      handoff jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (tenant_id, query_id)
    )`);
    await runner.query(`CREATE INDEX tickets_queue_idx ON escalation.tickets (tenant_id, status, created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE escalation.tickets');
  }
}
