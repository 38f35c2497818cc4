import { Inject, Injectable } from '@nestjs/common';
import { ServiceRuntime, signAccessToken, type CustomerTier, type Principal, type Role } from '@sagewire/service-kit';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface AccessTokenRequest {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly ttlSeconds?: number;
  /** The customer's tier with the tenant; only customer tokens carry one (the request schema checks it). */
  readonly tier?: CustomerTier;
}

/**
 * A company's backend (holding an admin API key) mints short-lived tokens for its end users
 * (the chat widget) and for auditors; services that serve HTTP themselves check them offline.
 */
@Injectable()
export class IssueAccessTokenHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  issue(caller: Principal, request: AccessTokenRequest, now = new Date()): { accessToken: string; expiresAt: string } {
    const ttl = request.ttlSeconds ?? this.config.GATEWAY_ACCESS_TOKEN_TTL_SECONDS;
    if (ttl > this.config.GATEWAY_ACCESS_TOKEN_MAX_TTL_SECONDS) {
      throw gatewayError(GatewayErrorCode.INVALID_REQUEST, `body.ttlSeconds: must be at most ${this.config.GATEWAY_ACCESS_TOKEN_MAX_TTL_SECONDS} (GATEWAY_ACCESS_TOKEN_MAX_TTL_SECONDS)`);
    }
    const principal: Principal = {
      tenantId: caller.tenantId, subject: request.userId, roles: [...new Set(request.roles)], ...(request.tier ? { tier: request.tier } : {}),
    };
    const accessToken = signAccessToken(principal, this.runtime.jwtSecret, ttl, now);
    const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + ttl * 1000).toISOString();
    return { accessToken, expiresAt };
  }
}
