import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The screened turns of each conversation, as the orchestrator saw them complete: the history
 * it passes to the model. Only redacted questions and screened answers are stored here.
 */
export class OrchestratorConversationTurns1763800000001 implements MigrationInterface {
  readonly name = 'OrchestratorConversationTurns1763800000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE orchestrator.conversation_turns (
      tenant_id text NOT NULL,
      conversation_id text NOT NULL,
      query_id text NOT NULL,
      role text NOT NULL,
      text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, conversation_id, query_id, role)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE orchestrator.conversation_turns');
  }
}
