import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A ticket opened in an external system (Zendesk) keeps its id and agent link there, for agents of the queue. */
export class EscalationTicketExternalIds1764000000000 implements MigrationInterface {
  readonly name = 'EscalationTicketExternalIds1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE escalation.tickets ADD COLUMN external_id text, ADD COLUMN external_url text');
    // Only external tickets have an external id, and it names them.
    await runner.query(`ALTER TABLE escalation.tickets ADD CONSTRAINT tickets_external_id_check CHECK ((system = 'internal') = (external_id IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE escalation.tickets DROP CONSTRAINT tickets_external_id_check, DROP COLUMN external_url, DROP COLUMN external_id');
  }
}
