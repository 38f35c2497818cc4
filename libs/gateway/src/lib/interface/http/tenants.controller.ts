import { Body, Controller, Delete, Headers, HttpCode, Inject, Param, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import { ApiKeysHandler, type CreatedApiKey } from '../../application/tenants/api-keys.handler';
import { CreateTenantHandler, type CreatedTenant } from '../../application/tenants/create-tenant.handler';
import { GatewayErrorCode, gatewayError } from '../../application/gateway-errors';
import { sameSecret } from '../../domain/auth/api-key';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { createApiKeyBody, createTenantBody } from './schemas/request-schemas';
import { parseInput } from './validation/parse-input';

/** Tenants (operator, with the admin token) and their API keys (tenant admins). */
@Controller('v1')
@UseFilters(GatewayExceptionFilter)
export class TenantsController {
  constructor(
    private readonly tenants: CreateTenantHandler,
    private readonly keys: ApiKeysHandler,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post('tenants')
  @HttpCode(201)
  createTenant(@Headers('x-admin-token') adminToken: string | undefined, @Body() body: unknown): Promise<CreatedTenant> {
    const expected = this.config.SAGEWIRE_ADMIN_TOKEN;
    if (!expected) throw gatewayError(GatewayErrorCode.ADMIN_DISABLED, 'creating tenants over HTTP is disabled; set SAGEWIRE_ADMIN_TOKEN on the gateway to enable it');
    if (!adminToken || !sameSecret(expected, adminToken)) {
      throw gatewayError(GatewayErrorCode.UNAUTHENTICATED, 'send the X-Admin-Token header with the value of SAGEWIRE_ADMIN_TOKEN');
    }
    return this.tenants.create(parseInput(createTenantBody, body, 'body'));
  }

  @Post('api-keys')
  @HttpCode(201)
  @UseGuards(GatewayAuthGuard)
  @Access({ roles: ['admin'], apiKeyOnly: true })
  createApiKey(@Req() request: GatewayRequest, @Body() body: unknown): Promise<CreatedApiKey> {
    return this.keys.create(request.principal!.tenantId, parseInput(createApiKeyBody, body, 'body').roles);
  }

  @Delete('api-keys/:keyId')
  @HttpCode(204)
  @UseGuards(GatewayAuthGuard)
  @Access({ roles: ['admin'], apiKeyOnly: true })
  async revokeApiKey(@Req() request: GatewayRequest, @Param('keyId') keyId: string): Promise<void> {
    await this.keys.revoke(request.principal!.tenantId, keyId);
  }
}
