import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `sw_<keyId>_<secret>`: the key id finds the stored row, the secret is the
 * proof. Only the SHA-256 of the whole key is stored, so a leaked table grants nothing; the
 * secret carries 256 random bits, so a fast hash is enough (no password stretching needed).
 */
const KEY_PATTERN = /^sw_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface IssuedApiKey {
  readonly keyId: string;
  /** Shown to the caller once, never stored or logged. */
  readonly key: string;
  readonly sha256: string;
}

export function issueApiKey(random: (size: number) => Buffer = randomBytes): IssuedApiKey {
  const keyId = random(8).toString('hex');
  const key = `sw_${keyId}_${random(32).toString('base64url')}`;
  return { keyId, key, sha256: hashApiKey(key) };
}

/** The key id of a well-formed key, or undefined (then the token is not an API key). */
export function apiKeyIdOf(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('sw_');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests (a timing difference would leak the hash). */
export function sameDigest(expectedHex: string, actualHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const actual = Buffer.from(actualHex, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Constant-time comparison of two secrets of any length: both are hashed first. */
export function sameSecret(expected: string, actual: string): boolean {
  return sameDigest(hashApiKey(expected), hashApiKey(actual));
}
