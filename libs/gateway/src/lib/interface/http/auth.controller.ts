import { Body, Controller, HttpCode, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import { IssueAccessTokenHandler } from '../../application/auth/issue-access-token.handler';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { accessTokenBody } from './schemas/request-schemas';
import { parseInput } from './validation/parse-input';

/** Access tokens for end users (the widget) and auditors, minted by a tenant's backend. */
@Controller('v1/auth')
@UseFilters(GatewayExceptionFilter)
@UseGuards(GatewayAuthGuard)
export class AuthController {
  constructor(private readonly tokens: IssueAccessTokenHandler) {}

  @Post('token')
  @HttpCode(200)
  @Access({ roles: ['admin'], apiKeyOnly: true })
  issue(@Req() request: GatewayRequest, @Body() body: unknown): { accessToken: string; expiresAt: string } {
    return this.tokens.issue(request.principal!, parseInput(accessTokenBody, body, 'body'));
  }
}
