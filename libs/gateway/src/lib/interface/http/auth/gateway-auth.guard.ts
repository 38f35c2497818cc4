import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest, Role } from '@sagewire/service-kit';
import { Authenticator, type Credential } from '../../../application/auth/authenticator';
import { GatewayErrorCode, gatewayError } from '../../../application/gateway-errors';

/** Where the guard leaves the caller: `principal` (as the kit's guard does) and how it proved itself. */
export interface GatewayRequest extends AuthenticatedRequest {
  credential?: Credential;
}

export interface AccessRule {
  /** The caller needs one of these roles. */
  readonly roles: readonly Role[];
  /** Only an API key will do (minting tokens and keys must not be possible with a token). */
  readonly apiKeyOnly?: boolean;
}

const ACCESS_RULE = 'sagewire:gateway-access';

/** Names, per route, who may call it (least privilege). */
export const Access = (rule: AccessRule): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, rule);

/** `Authorization: Bearer <API key | access token>`, checked against the route's `@Access` rule. */
@Injectable()
export class GatewayAuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw gatewayError(GatewayErrorCode.UNAUTHENTICATED, 'send "Authorization: Bearer <API key or access token>"');
    const { principal, credential } = await this.authenticator.authenticate(token);
    request.principal = principal;
    request.credential = credential;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) return true;
    if (!rule.roles.some((role) => principal.roles.includes(role))) {
      throw gatewayError(GatewayErrorCode.FORBIDDEN, `this endpoint requires one of the roles: ${rule.roles.join(', ')}`);
    }
    if (rule.apiKeyOnly && credential !== 'api_key') {
      throw gatewayError(GatewayErrorCode.FORBIDDEN, 'this endpoint requires an API key, not an access token');
    }
    return true;
  }
}
