import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '@sagewire/errors';
import { z } from 'zod';

export const ROLES = ['customer', 'agent', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** A customer's tier with the tenant (not the tenant's plan with us); premium customers get some escalations sooner. */
export const CUSTOMER_TIERS = ['standard', 'premium'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

/** Who calls: the tenant is always part of it, so every query can be scoped to it. */
export interface Principal {
  readonly tenantId: string;
  /** The user id (customer) or the API key id (service accounts). */
  readonly subject: string;
  readonly roles: readonly Role[];
  /** The customer's tier, as the tenant's backend stated it when minting the token; absent for API keys and older tokens. */
  readonly tier?: CustomerTier;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  exp: z.number().int(),
  iat: z.number().int(),
  /** Optional so tokens issued before tiers existed stay valid. */
  tier: z.enum(CUSTOMER_TIERS).optional(),
});

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * A compact HS256 JWT issued by the gateway and checked by any service that serves HTTP
 * itself (audit), so those services need no access to the gateway's key store.
 */
export function signAccessToken(principal: Principal, secret: string, ttlSeconds: number, now = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const claims = { sub: principal.subject, tid: principal.tenantId, roles: principal.roles, ...(principal.tier ? { tier: principal.tier } : {}), iat, exp: iat + ttlSeconds };
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

/** Returns the principal, or throws `AUTH.INVALID_TOKEN` / `AUTH.TOKEN_EXPIRED`. */
export function verifyAccessToken(token: string, secret: string, now = new Date()): Principal {
  const [header, payload, signature] = token.split('.');
  if (header !== HEADER || !payload || !signature) throw new AppError('AUTH.INVALID_TOKEN', 'the access token is malformed');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('AUTH.INVALID_TOKEN', 'the access token signature is invalid');
  let claims: z.infer<typeof claimsSchema>;
  try {
    claims = claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch (error) {
    throw new AppError('AUTH.INVALID_TOKEN', 'the access token claims are invalid', { cause: error });
  }
  if (claims.exp * 1000 <= now.getTime()) throw new AppError('AUTH.TOKEN_EXPIRED', 'the access token has expired; request a new one');
  return { tenantId: claims.tid, subject: claims.sub, roles: claims.roles, ...(claims.tier ? { tier: claims.tier } : {}) };
}
