import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token holds, one per query: UNIQUE (tenant_id, query_id) makes a redelivered or retried
 * reserve find the existing decision, and status transitions (held → released | committed)
 * are guarded updates, so a release or commit takes effect once.
 */
export class GatewayTokenBudget1764100000002 implements MigrationInterface {
  readonly name = 'GatewayTokenBudget1764100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.token_reservations (
      reservation_id text PRIMARY KEY,
      tenant_id text NOT NULL,
      query_id text NOT NULL,
      conversation_id text NOT NULL,
      user_id text NOT NULL,
      window_day date NOT NULL,
      status text NOT NULL CHECK (status IN ('held', 'released', 'committed', 'rejected')),
      reserved_tokens integer NOT NULL,
      committed_tokens integer NOT NULL DEFAULT 0,
      cost_usd double precision NOT NULL DEFAULT 0,
      reject_reason text,
      limit_tokens bigint,
      used_tokens bigint,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      settled_at timestamptz,
      UNIQUE (tenant_id, query_id)
    )`);
    await runner.query('CREATE INDEX token_reservations_window_idx ON gateway.token_reservations (tenant_id, window_day, user_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.token_reservations');
  }
}
