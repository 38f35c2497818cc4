import { ForbiddenException, Inject, Injectable, SetMetadata, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describeError } from '@sagewire/errors';
import type { Request } from 'express';
import { verifyAccessToken, type Principal, type Role } from './access-token';

const ROLES_KEY = 'sagewire:required-roles';

/** Provide the token secret under this token in the module whose controllers use the guard. */
export const ACCESS_TOKEN_SECRET = Symbol('access-token-secret');

/** The caller must hold at least one of these roles (least privilege: name them per route). */
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Where the guards leave the authenticated caller on the request. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** Accepts a gateway-issued bearer token and checks the route's roles. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ACCESS_TOKEN_SECRET) private readonly secret: string,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) throw new UnauthorizedException('send "Authorization: Bearer <access token>" (POST /v1/auth/token at the gateway issues one)');
    try {
      request.principal = verifyAccessToken(token, this.secret);
    } catch (error) {
      throw new UnauthorizedException(describeError(error).message);
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    if (required.length > 0 && !required.some((role) => request.principal!.roles.includes(role))) {
      throw new ForbiddenException(`this endpoint requires one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}
