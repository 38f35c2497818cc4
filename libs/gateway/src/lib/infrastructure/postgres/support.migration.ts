import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the gateway keeps of the human side of an escalation, from the escalation service's
 * events: the agents' replies (part of the conversation's history) and each ticket's state
 * (a customer rates each resolved ticket once). Both go with their conversation.
 */
export class GatewaySupport1764100000005 implements MigrationInterface {
  readonly name = 'GatewaySupport1764100000005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.agent_replies (
      tenant_id text NOT NULL,
      reply_id text NOT NULL,
      conversation_id uuid NOT NULL REFERENCES gateway.conversations (conversation_id) ON DELETE CASCADE,
      ticket_id text NOT NULL,
      query_id text,
      text text NOT NULL,
      language text,
      sent_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, reply_id)
    )`);
    await runner.query('CREATE INDEX agent_replies_conversation_idx ON gateway.agent_replies (conversation_id, sent_at)');
    await runner.query(`CREATE TABLE gateway.support_tickets (
      tenant_id text NOT NULL,
      ticket_id text NOT NULL,
      conversation_id uuid NOT NULL REFERENCES gateway.conversations (conversation_id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('claimed', 'resolved')),
      resolved_at timestamptz,
      csat_score smallint CHECK (csat_score BETWEEN 1 AND 5),
      csat_submitted_at timestamptz,
      PRIMARY KEY (tenant_id, ticket_id)
    )`);
    await runner.query('CREATE INDEX support_tickets_conversation_idx ON gateway.support_tickets (conversation_id, resolved_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.support_tickets');
    await runner.query('DROP TABLE gateway.agent_replies');
  }
}
