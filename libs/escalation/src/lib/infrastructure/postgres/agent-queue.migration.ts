import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agent queue's working state: who claimed a ticket and when, its resolution, the agents'
 * replies, and the customer's rating. `event_sequence` numbers the ticket's events (claim,
 * replies, resolution) so consumers can restore their order across topics.
 */
export class EscalationAgentQueue1764200000000 implements MigrationInterface {
  readonly name = 'EscalationAgentQueue1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE escalation.tickets
      ADD COLUMN claimed_by text, ADD COLUMN claimed_at timestamptz,
      ADD COLUMN resolved_at timestamptz, ADD COLUMN resolution text,
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN event_sequence integer NOT NULL DEFAULT 0,
      ADD COLUMN csat_score smallint, ADD COLUMN csat_comment text, ADD COLUMN csat_submitted_at timestamptz,
      -- The queue's order: urgent first, low last (then oldest first).
      ADD COLUMN priority_rank smallint GENERATED ALWAYS AS (
        CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END
      ) STORED`);
    await runner.query('UPDATE escalation.tickets SET updated_at = created_at');
    // The status machine's invariants, kept by the database whatever the code does.
    await runner.query(`ALTER TABLE escalation.tickets
      ADD CONSTRAINT tickets_status_check CHECK (status IN ('open', 'claimed', 'resolved')),
      ADD CONSTRAINT tickets_claimed_check CHECK ((status = 'open') = (claimed_by IS NULL)),
      ADD CONSTRAINT tickets_resolved_check CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
      ADD CONSTRAINT tickets_csat_check CHECK (csat_score BETWEEN 1 AND 5)`);
    await runner.query('DROP INDEX escalation.tickets_queue_idx');
    await runner.query('CREATE INDEX tickets_queue_idx ON escalation.tickets (tenant_id, status, priority_rank, created_at, ticket_id)');
    await runner.query('CREATE INDEX tickets_conversation_idx ON escalation.tickets (tenant_id, conversation_id)');
    await runner.query(`CREATE TABLE escalation.ticket_replies (
      reply_id uuid PRIMARY KEY,
      ticket_id uuid NOT NULL REFERENCES escalation.tickets (ticket_id) ON DELETE CASCADE,
      tenant_id text NOT NULL,
      agent_id text NOT NULL,
      text text NOT NULL,
      language text,
      sequence integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (ticket_id, sequence)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE escalation.ticket_replies');
    await runner.query('DROP INDEX escalation.tickets_conversation_idx');
    await runner.query('DROP INDEX escalation.tickets_queue_idx');
    await runner.query('CREATE INDEX tickets_queue_idx ON escalation.tickets (tenant_id, status, created_at)');
    await runner.query(`ALTER TABLE escalation.tickets
      DROP CONSTRAINT tickets_csat_check, DROP CONSTRAINT tickets_resolved_check, DROP CONSTRAINT tickets_claimed_check, DROP CONSTRAINT tickets_status_check,
      DROP COLUMN priority_rank, DROP COLUMN csat_submitted_at, DROP COLUMN csat_comment, DROP COLUMN csat_score, DROP COLUMN event_sequence,
      DROP COLUMN updated_at, DROP COLUMN resolution, DROP COLUMN resolved_at, DROP COLUMN claimed_at, DROP COLUMN claimed_by`);
  }
}
