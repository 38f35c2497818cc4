import { Injectable } from '@nestjs/common';
import { ServiceRuntime, type Role } from '@sagewire/service-kit';
import { issueApiKey } from '../../domain/auth/api-key';
import { insertApiKey, revokeApiKey } from '../../infrastructure/postgres/tenant.repository';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface CreatedApiKey {
  readonly id: string;
  readonly key: string;
  readonly roles: readonly Role[];
  readonly createdAt: string;
}

/** More keys for a tenant (one per backend or integration) and their revocation. */
@Injectable()
export class ApiKeysHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async create(tenantId: string, roles: readonly Role[]): Promise<CreatedApiKey> {
    const key = issueApiKey();
    const unique = [...new Set(roles)];
    const createdAt = await this.runtime.transaction((manager) => insertApiKey(manager, { keyId: key.keyId, tenantId, keySha256: key.sha256, roles: unique }));
    this.runtime.logger.info('api key created', { tenantId, keyId: key.keyId, roles: unique });
    return { id: key.keyId, key: key.key, roles: unique, createdAt: createdAt.toISOString() };
  }

  async revoke(tenantId: string, keyId: string): Promise<void> {
    const revoked = await this.runtime.transaction((manager) => revokeApiKey(manager, tenantId, keyId));
    if (!revoked) throw gatewayError(GatewayErrorCode.NOT_FOUND, `this tenant has no API key ${keyId}`);
    this.runtime.logger.info('api key revoked', { tenantId, keyId });
  }
}
