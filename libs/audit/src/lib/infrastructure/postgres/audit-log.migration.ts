import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log: one row per CloudEvent (the id is unique, a second guard behind
 * the inbox for replays into a fresh inbox), hash-chained per tenant, with the tenant's chain
 * head beside it so a cut-off tail is detected.
 *
 * Personal data: `data` holds payloads verbatim, customer text and e-mail addresses included.
 * Encrypting it per data subject (so erasure can shred the key without breaking the chain) is
 * a later issue's work; until then, treat this table as holding personal data in clear.
 */
export class AuditLog1763900000000 implements MigrationInterface {
  readonly name = 'AuditLog1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE audit.events (
      seq bigserial PRIMARY KEY,
      tenant_id text NOT NULL,
      event_id text NOT NULL UNIQUE,
      type text NOT NULL,
      source text NOT NULL,
      subject text NOT NULL,
      correlation_id text NOT NULL,
      causation_id text NULL,
      conversation_id text NULL,
      document_id text NULL,
      time timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      data jsonb NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`);
    // Verification walks a tenant's chain in seq order; the lookup by conversation pages by seq.
    await runner.query('CREATE INDEX events_chain_idx ON audit.events (tenant_id, seq)');
    await runner.query('CREATE INDEX events_conversation_idx ON audit.events (tenant_id, conversation_id, seq) WHERE conversation_id IS NOT NULL');
    await runner.query(`CREATE TABLE audit.chain_heads (
      tenant_id text PRIMARY KEY,
      seq bigint NOT NULL,
      hash text NOT NULL
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit.chain_heads');
    await runner.query('DROP TABLE audit.events');
  }
}
