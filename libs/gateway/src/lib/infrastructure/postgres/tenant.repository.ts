import type { Role } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';

export interface NewTenant {
  readonly tenantId: string;
  readonly name: string;
  readonly plan: 'standard' | 'premium';
}

export interface NewApiKey {
  readonly keyId: string;
  readonly tenantId: string;
  readonly keySha256: string;
  readonly roles: readonly Role[];
}

export interface StoredApiKey {
  readonly keyId: string;
  readonly tenantId: string;
  readonly keySha256: string;
  readonly roles: readonly Role[];
  readonly createdAt: Date;
  readonly revoked: boolean;
}

export async function insertTenant(manager: EntityManager, tenant: NewTenant): Promise<void> {
  await manager.query('INSERT INTO gateway.tenants (tenant_id, name, plan) VALUES ($1, $2, $3)', [tenant.tenantId, tenant.name, tenant.plan]);
}

export async function insertApiKey(manager: EntityManager, key: NewApiKey): Promise<Date> {
  const rows = await manager.query<{ created_at: Date }[]>(
    'INSERT INTO gateway.api_keys (key_id, tenant_id, key_sha256, roles) VALUES ($1, $2, $3, $4) RETURNING created_at',
    [key.keyId, key.tenantId, key.keySha256, key.roles],
  );
  return rows[0]!.created_at;
}

export async function findApiKey(manager: EntityManager, keyId: string): Promise<StoredApiKey | undefined> {
  const rows = await manager.query<{ key_id: string; tenant_id: string; key_sha256: string; roles: Role[]; created_at: Date; revoked_at: Date | null }[]>(
    'SELECT key_id, tenant_id, key_sha256, roles, created_at, revoked_at FROM gateway.api_keys WHERE key_id = $1',
    [keyId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { keyId: row.key_id, tenantId: row.tenant_id, keySha256: row.key_sha256, roles: row.roles, createdAt: row.created_at, revoked: row.revoked_at !== null };
}

/** Revokes a key of this tenant; false when the tenant has no such key. */
export async function revokeApiKey(manager: EntityManager, tenantId: string, keyId: string): Promise<boolean> {
  // Wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE, rows for a SELECT.
  const rows = await manager.query<unknown[]>(
    `WITH revoked AS (UPDATE gateway.api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE tenant_id = $1 AND key_id = $2 RETURNING 1)
     SELECT * FROM revoked`,
    [tenantId, keyId],
  );
  return rows.length > 0;
}
