import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations and their turns: one row per query holds the customer's message and what the
 * saga's events said about the answer (each column written by one event, in any order).
 * Tenants are not a foreign key: the embedded mode and replays may carry tenants that were
 * created elsewhere, and every statement filters by tenant_id anyway.
 */
export class GatewayConversations1764100000001 implements MigrationInterface {
  readonly name = 'GatewayConversations1764100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.conversations (
      conversation_id uuid PRIMARY KEY,
      tenant_id text NOT NULL,
      user_id text NOT NULL,
      language text,
      title text,
      created_at timestamptz NOT NULL DEFAULT now(),
      retention_until timestamptz NOT NULL
    )`);
    await runner.query('CREATE INDEX conversations_tenant_user_idx ON gateway.conversations (tenant_id, user_id, created_at)');
    await runner.query('CREATE INDEX conversations_retention_idx ON gateway.conversations (retention_until)');
    await runner.query(`CREATE TABLE gateway.turns (
      query_id text PRIMARY KEY,
      tenant_id text NOT NULL,
      conversation_id uuid NOT NULL REFERENCES gateway.conversations (conversation_id) ON DELETE CASCADE,
      turn integer NOT NULL,
      user_id text NOT NULL,
      channel text NOT NULL,
      customer_text text NOT NULL,
      customer_redacted boolean NOT NULL DEFAULT false,
      language text,
      detected_language text,
      created_at timestamptz NOT NULL DEFAULT now(),
      screened_answer text,
      citations jsonb,
      citations_attempt integer,
      retracted boolean NOT NULL DEFAULT false,
      retraction_reason text,
      replacement_text text,
      canned_text text,
      ticket_id text,
      outcome text,
      failure_code text,
      failure_message text,
      answered_at timestamptz,
      completed_at timestamptz,
      UNIQUE (conversation_id, turn)
    )`);
    await runner.query('CREATE INDEX turns_tenant_conversation_idx ON gateway.turns (tenant_id, conversation_id, turn)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.turns');
    await runner.query('DROP TABLE gateway.conversations');
  }
}
