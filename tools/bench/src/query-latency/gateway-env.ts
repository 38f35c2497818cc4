/**
 * Given to the gateway by the benches that ask questions. The per-tenant limits protect a shop
 * from a runaway client; a benchmark is one on purpose, and a refused question would time the
 * limiter's 429, not an answer. The limiter still runs on every request (a bucket take), so its
 * cost is kept.
 */
export const GATEWAY_ENV: Readonly<Record<string, string>> = {
  GATEWAY_RATE_LIMIT_PER_MINUTE: String(1_000_000),
  GATEWAY_TENANT_DAILY_TOKENS: String(1_000_000_000),
};
