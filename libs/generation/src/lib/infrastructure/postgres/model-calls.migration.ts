import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cost ledger: one row per answered model call (cache hits included, at zero cost), so
 * spend can be summed per tenant and day (the budget check) and per conversation (billing).
 */
export class GenerationModelCalls1764400000000 implements MigrationInterface {
  readonly name = 'GenerationModelCalls1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE generation.model_calls (
      tenant_id text NOT NULL,
      query_id text NOT NULL,
      conversation_id text NOT NULL,
      model text NOT NULL,
      attempt integer NOT NULL,
      provider text NOT NULL,
      input_tokens integer NOT NULL,
      output_tokens integer NOT NULL,
      cache_read_tokens integer NOT NULL DEFAULT 0,
      cache_write_tokens integer NOT NULL DEFAULT 0,
      cost_usd numeric(20, 10) NOT NULL,
      cached boolean NOT NULL DEFAULT false,
      usage_day date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, query_id, model, attempt)
    )`);
    await runner.query('CREATE INDEX model_calls_tenant_day ON generation.model_calls (tenant_id, usage_day)');
    await runner.query('CREATE INDEX model_calls_conversation ON generation.model_calls (tenant_id, conversation_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE generation.model_calls');
  }
}
