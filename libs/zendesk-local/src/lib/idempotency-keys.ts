import { createHash } from 'node:crypto';
import { json, type Answer } from './responses';

/** Zendesk keeps a ticket-creation idempotency key for two hours. */
export const IDEMPOTENCY_KEY_TTL_MS = 2 * 60 * 60 * 1000;

interface Remembered {
  readonly bodyDigest: string;
  readonly answer: Answer;
  readonly expiresAt: number;
}

/**
 * `Idempotency-Key` on ticket creation: the same key with the same body replays the first
 * answer (`x-idempotency-lookup: hit`) instead of opening a second ticket; with another body
 * it is refused. Only created tickets are remembered, so a refused request may be corrected.
 */
export class IdempotencyKeys {
  private readonly remembered = new Map<string, Remembered>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The replayed answer, a refusal, or undefined when the request is new. */
  lookup(key: string, body: string): Answer | undefined {
    const found = this.remembered.get(key);
    if (found === undefined || found.expiresAt <= this.now()) {
      this.remembered.delete(key);
      return undefined;
    }
    if (found.bodyDigest !== digest(body)) {
      return json(400, { error: 'IdempotentRequestError', description: 'Request parameters do not match the parameters of the previous request with this idempotency key' });
    }
    return { ...found.answer, headers: { ...found.answer.headers, 'x-idempotency-lookup': 'hit' } };
  }

  remember(key: string, body: string, answer: Answer): Answer {
    this.remembered.set(key, { bodyDigest: digest(body), answer, expiresAt: this.now() + IDEMPOTENCY_KEY_TTL_MS });
    return { ...answer, headers: { ...answer.headers, 'x-idempotency-lookup': 'miss' } };
  }

  clear(): void {
    this.remembered.clear();
  }
}

function digest(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}
