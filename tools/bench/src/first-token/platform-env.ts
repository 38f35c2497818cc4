import { GATEWAY_ENV } from '../query-latency/gateway-env';

/** A Bedrock model id as the platform would be configured with; the local Bedrock answers any id alike. */
export const BENCH_MODEL_ID = 'anthropic.claude-3-haiku-20240307-v1:0';
export const BENCH_REGION = 'us-east-1';
/** The local Bedrock checks that calls are signed, not by whom. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDBENCHLOCAL', secretAccessKey: 'bench-local-secret' } as const;

/**
 * The embedded mode's environment on top of the gateway's: every model the platform could pick
 * is the local Bedrock's, so an answer that did not come from Bedrock is a failure the bench
 * sees (no call in its log) rather than a silent fallback to the local answerer. The router's
 * two tiers and the saga's fallback chain name the one model; the policy's fallbacks name it
 * too, which leaves none (a model is never its own fallback). The response cache stores
 * nothing (TTL 0), so every question reaches the model; the questions are distinct as well.
 */
export function platformEnv(bedrockUrl: string): Record<string, string> {
  return {
    ...GATEWAY_ENV,
    GENERATION_MODEL_SIMPLE: BENCH_MODEL_ID,
    GENERATION_MODEL_COMPLEX: BENCH_MODEL_ID,
    GENERATION_MODEL_FALLBACKS: BENCH_MODEL_ID,
    ORCHESTRATOR_MODELS: BENCH_MODEL_ID,
    GENERATION_RESPONSE_CACHE_TTL_MS: '0',
    BEDROCK_ENDPOINT: bedrockUrl,
    BEDROCK_REGION: BENCH_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  };
}
