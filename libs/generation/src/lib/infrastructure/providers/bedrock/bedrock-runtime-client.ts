import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

export interface BedrockRuntimeClientOptions {
  readonly region: string;
  /** A VPC or local endpoint (e.g. `@sagewire/bedrock-local`); the regional endpoint when absent. */
  readonly endpoint?: string;
  /**
   * Longest silence on one call's HTTP/2 stream: while connecting, while waiting for the
   * response, and between two stream events. The handler's timer starts when the stream is
   * opened, before the connection is up, so it bounds connecting too: the HTTP/2 handler has
   * no separate connect timeout (its `connectionTimeout` option type-checks and is ignored).
   */
  readonly requestTimeoutMs: number;
}

/**
 * One Bedrock Runtime client per region, for the chat adapter. SDK retries are off
 * (`maxAttempts: 1`): retries and backoff happen above the port, where they are observable
 * and jittered per model, and an SDK retry inside a call would hide throttling from them.
 * Credentials come from the SDK's default chain (environment, profile, role). The handler is
 * the SDK's own HTTP/2 one, as for the retrieval embeddings, configured through its options
 * so no `@smithy/*` package is imported; `disableConcurrentStreams` is the SDK's default,
 * restated because handler options given here replace the default ones.
 */
export function createBedrockRuntimeClient(options: BedrockRuntimeClientOptions): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    maxAttempts: 1,
    requestHandler: { requestTimeout: options.requestTimeoutMs, disableConcurrentStreams: true },
  });
}
