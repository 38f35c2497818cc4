import { createHmac } from 'node:crypto';
import { AppError } from '@sagewire/errors';
import { signAccessToken, verifyAccessToken, type Principal } from './access-token';

const SECRET = 'access-token-spec-secret-0123456789';
const NOW = new Date('2025-06-12T09:00:00.000Z');
const CUSTOMER: Principal = { tenantId: 'tnt_acme', subject: 'cus_1', roles: ['customer'] };

/** A token signed like the gateway's, with whatever claims the case needs (e.g. one minted before tiers existed). */
function tokenWithClaims(claims: Record<string, unknown>): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${header}.${payload}.${createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url')}`;
}

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
};

describe('access tokens', () => {
  it('round-trips the principal, with the customer tier when there is one', () => {
    expect(verifyAccessToken(signAccessToken(CUSTOMER, SECRET, 60, NOW), SECRET, NOW)).toEqual(CUSTOMER);
    const premium: Principal = { ...CUSTOMER, tier: 'premium' };
    expect(verifyAccessToken(signAccessToken(premium, SECRET, 60, NOW), SECRET, NOW)).toEqual(premium);
  });

  it('carries the tier as the optional claim "tier" and leaves it out when there is none', () => {
    const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claimsOf(signAccessToken({ ...CUSTOMER, tier: 'standard' }, SECRET, 60, NOW))).toMatchObject({ tier: 'standard' });
    expect(claimsOf(signAccessToken(CUSTOMER, SECRET, 60, NOW))).not.toHaveProperty('tier');
  });

  it('still accepts a token minted before tiers existed', () => {
    const iat = Math.floor(NOW.getTime() / 1000);
    const old = tokenWithClaims({ sub: 'cus_1', tid: 'tnt_acme', roles: ['customer'], iat, exp: iat + 60 });
    expect(verifyAccessToken(old, SECRET, NOW)).toEqual(CUSTOMER);
  });

  it('refuses an unknown tier, a forged signature and an expired token', () => {
    const iat = Math.floor(NOW.getTime() / 1000);
    expect(codeOf(() => verifyAccessToken(tokenWithClaims({ sub: 'cus_1', tid: 'tnt_acme', roles: ['customer'], tier: 'gold', iat, exp: iat + 60 }), SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
    expect(codeOf(() => verifyAccessToken(signAccessToken(CUSTOMER, 'another-secret-0123456789', 60, NOW), SECRET, NOW))).toBe('AUTH.INVALID_TOKEN');
    expect(codeOf(() => verifyAccessToken(signAccessToken(CUSTOMER, SECRET, 60, NOW), SECRET, new Date(NOW.getTime() + 61_000)))).toBe('AUTH.TOKEN_EXPIRED');
  });
});
