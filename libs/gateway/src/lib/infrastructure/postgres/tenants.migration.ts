import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants and their API keys. Only the SHA-256 of a key is kept; the key id finds the row. */
export class GatewayTenants1764100000000 implements MigrationInterface {
  readonly name = 'GatewayTenants1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.tenants (
      tenant_id uuid PRIMARY KEY,
      name text NOT NULL,
      plan text NOT NULL CHECK (plan IN ('standard', 'premium')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query(`CREATE TABLE gateway.api_keys (
      key_id text PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES gateway.tenants (tenant_id),
      key_sha256 text NOT NULL,
      roles text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`);
    await runner.query('CREATE INDEX api_keys_tenant_idx ON gateway.api_keys (tenant_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.api_keys');
    await runner.query('DROP TABLE gateway.tenants');
  }
}
