import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

/** SDK attempts per review, the first included: two retries, within the review's timeout. */
export const DEFAULT_GUARDRAIL_MAX_ATTEMPTS = 3;
/** Longest wait for one attempt; a hung attempt leaves the review's budget room for a retry. */
export const DEFAULT_GUARDRAIL_ATTEMPT_TIMEOUT_MS = 1_500;

export interface BedrockGuardrailClientOptions {
  readonly region: string;
  /** A VPC or local endpoint (e.g. `@sagewire/bedrock-local`); the regional endpoint when absent. */
  readonly endpoint?: string;
  readonly maxAttempts?: number;
  /** Longest silence on one attempt's HTTP/2 stream, connecting included. */
  readonly attemptTimeoutMs?: number;
}

/**
 * The Bedrock Runtime client for ApplyGuardrail. Unlike the chat adapter's, SDK retries are
 * on: a review is small, idempotent and side-effect free, Bedrock throttles guardrails per
 * second so a jittered retry a moment later usually passes, and nothing above the port
 * retries it cheaply (the consumer would re-run the whole screening, and a fail-open policy
 * would let the text through unreviewed). The adapter's `timeoutMs` bounds all attempts
 * together. Credentials come from the SDK's default chain; `disableConcurrentStreams` is the
 * SDK's default, restated because handler options given here replace the default ones.
 */
export function createBedrockGuardrailClient(options: BedrockGuardrailClientOptions): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    maxAttempts: options.maxAttempts ?? DEFAULT_GUARDRAIL_MAX_ATTEMPTS,
    requestHandler: { requestTimeout: options.attemptTimeoutMs ?? DEFAULT_GUARDRAIL_ATTEMPT_TIMEOUT_MS, disableConcurrentStreams: true },
  });
}
