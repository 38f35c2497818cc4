import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ServiceRuntime } from '@sagewire/service-kit';
import { issueApiKey } from '../../domain/auth/api-key';
import { insertApiKey, insertTenant } from '../../infrastructure/postgres/tenant.repository';

export interface CreatedTenant {
  readonly tenant: { readonly id: string; readonly name: string; readonly plan: 'standard' | 'premium' };
  /** The key is in this answer only: it is stored hashed. */
  readonly apiKey: { readonly id: string; readonly key: string; readonly roles: readonly ['admin'] };
}

/** A tenant and its first admin key, created together so a tenant never exists without a way in. */
@Injectable()
export class CreateTenantHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async create(input: { name: string; plan: 'standard' | 'premium' }): Promise<CreatedTenant> {
    const tenantId = randomUUID();
    const key = issueApiKey();
    await this.runtime.transaction(async (manager) => {
      await insertTenant(manager, { tenantId, name: input.name, plan: input.plan });
      await insertApiKey(manager, { keyId: key.keyId, tenantId, keySha256: key.sha256, roles: ['admin'] });
    });
    this.runtime.logger.info('tenant created', { tenantId, keyId: key.keyId });
    return { tenant: { id: tenantId, name: input.name, plan: input.plan }, apiKey: { id: key.keyId, key: key.key, roles: ['admin'] } };
  }
}
