/** How a consumer retries a retriable failure before dead-lettering the message. */
export interface RetryPolicy {
  /** Total attempts including the first; the message is dead-lettered after the last one fails. */
  readonly maxAttempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/** Short enough to stay well inside a Kafka session timeout (30 s) while the partition waits. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 5_000 };

/** Exponential backoff with full jitter, so many consumers failing together do not retry in step. */
export function backoffDelay(policy: RetryPolicy, failedAttempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failedAttempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
