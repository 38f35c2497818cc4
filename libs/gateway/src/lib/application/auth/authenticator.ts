import { Injectable } from '@nestjs/common';
import { ServiceRuntime, verifyAccessToken, type Principal } from '@sagewire/service-kit';
import { describeError } from '@sagewire/errors';
import { apiKeyIdOf, hashApiKey, looksLikeApiKey, sameDigest } from '../../domain/auth/api-key';
import { readInTransaction } from '../../infrastructure/postgres/read-transaction';
import { findApiKey } from '../../infrastructure/postgres/tenant.repository';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export type Credential = 'api_key' | 'access_token';

export interface Authenticated {
  readonly principal: Principal;
  readonly credential: Credential;
}

const INVALID_KEY = 'the API key is not valid (revoked or mistyped); create one with POST /v1/api-keys';

/**
 * Turns a bearer credential into the caller: an API key (subject = key id) or an access token
 * issued by POST /v1/auth/token (subject = the user). Keys and tokens are never logged.
 */
@Injectable()
export class Authenticator {
  constructor(private readonly runtime: ServiceRuntime) {}

  async authenticate(bearer: string): Promise<Authenticated> {
    if (looksLikeApiKey(bearer)) return { principal: await this.apiKeyPrincipal(bearer), credential: 'api_key' };
    try {
      return { principal: verifyAccessToken(bearer, this.runtime.jwtSecret), credential: 'access_token' };
    } catch (error) {
      throw gatewayError(GatewayErrorCode.UNAUTHENTICATED, `${describeError(error).message} (send an API key or an access token from POST /v1/auth/token)`);
    }
  }

  private async apiKeyPrincipal(key: string): Promise<Principal> {
    const keyId = apiKeyIdOf(key);
    if (!keyId) throw gatewayError(GatewayErrorCode.UNAUTHENTICATED, 'the API key is malformed: keys look like sw_<keyId>_<secret>');
    const stored = await readInTransaction(this.runtime.dataSource, (manager) => findApiKey(manager, keyId));
    // The digest is compared even for an unknown id, so both paths take about as long.
    const expected = stored?.keySha256 ?? '0'.repeat(64);
    const matches = sameDigest(expected, hashApiKey(key));
    if (!stored || !matches || stored.revoked) throw gatewayError(GatewayErrorCode.UNAUTHENTICATED, INVALID_KEY);
    return { tenantId: stored.tenantId, subject: stored.keyId, roles: stored.roles };
  }
}
