import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Metrics } from '@sagewire/service-kit';
import type { Response } from 'express';
import { GatewayErrorCode, gatewayError } from '../../../application/gateway-errors';
import { TokenBuckets } from '../../../domain/rate-limit/token-bucket';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../../gateway.config';
import type { GatewayRequest } from './gateway-auth.guard';

/** Nest injection token of the per-tenant buckets of the query endpoints. */
export const QUERY_RATE_LIMIT = Symbol('query-rate-limit');

/**
 * Per-tenant rate limit of the query endpoints; runs after GatewayAuthGuard (it needs the
 * tenant) and before validation, so malformed floods are limited too.
 */
@Injectable()
export class QueryRateLimitGuard implements CanActivate {
  constructor(
    @Inject(QUERY_RATE_LIMIT) private readonly buckets: TokenBuckets,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly metrics: Metrics,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const tenantId = context.switchToHttp().getRequest<GatewayRequest>().principal!.tenantId;
    const taken = this.buckets.take(tenantId);
    if (taken.allowed) return true;
    this.metrics.counter('sagewire_gateway_rate_limited_total', 'Requests refused by the per-tenant rate limit', ['service']).inc({ service: 'gateway' });
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(taken.retryAfterSeconds));
    throw gatewayError(
      GatewayErrorCode.RATE_LIMITED,
      `this tenant sent more than ${this.config.GATEWAY_RATE_LIMIT_PER_MINUTE} query requests per minute; retry in ${taken.retryAfterSeconds} s`,
      { retryAfterSeconds: taken.retryAfterSeconds },
    );
  }
}
