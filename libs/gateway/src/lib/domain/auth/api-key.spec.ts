import { apiKeyIdOf, hashApiKey, issueApiKey, looksLikeApiKey, sameDigest, sameSecret } from './api-key';

describe('API keys', () => {
  it('issues keys of the form sw_<keyId>_<secret> whose id can be read back', () => {
    const issued = issueApiKey();
    expect(issued.key).toMatch(/^sw_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyIdOf(issued.key)).toBe(issued.keyId);
    expect(looksLikeApiKey(issued.key)).toBe(true);
  });

  it('stores the SHA-256 of the whole key, never the key', () => {
    const issued = issueApiKey();
    expect(issued.sha256).toBe(hashApiKey(issued.key));
    expect(issued.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.sha256).not.toContain(issued.keyId);
  });

  it('issues a different key every time', () => {
    expect(issueApiKey().key).not.toBe(issueApiKey().key);
  });

  it('rejects malformed keys', () => {
    expect(apiKeyIdOf('sw_abc_def')).toBeUndefined();
    expect(apiKeyIdOf('eyJhbGciOi.x.y')).toBeUndefined();
    expect(looksLikeApiKey('eyJhbGciOi.x.y')).toBe(false);
  });

  it('compares digests and secrets exactly', () => {
    const issued = issueApiKey();
    expect(sameDigest(issued.sha256, hashApiKey(issued.key))).toBe(true);
    expect(sameDigest(issued.sha256, hashApiKey(`${issued.key}x`))).toBe(false);
    expect(sameSecret('admin-token-0123456789', 'admin-token-0123456789')).toBe(true);
    expect(sameSecret('admin-token-0123456789', 'admin-token')).toBe(false);
  });
});
