/** One scripted answer to an order request, in place of the real one. */
export type ScriptedAnswer =
  | { readonly kind: 'fail'; readonly status: number }
  | { readonly kind: 'hang' }
  | { readonly kind: 'invalidBody' };

/**
 * How the server misbehaves, for tests and demos: the next order requests take the queued
 * answers in order (before authentication, as an outage in front of the API would), then
 * the server answers normally again.
 */
export class LocalOrderApiScript {
  private readonly queue: ScriptedAnswer[] = [];

  /** The next `times` order requests answer `status` (400–599) with a JSON error body; 429 adds `retry-after: 1`. */
  failNext(status: number, times = 1): this {
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new Error(`failNext needs an error status from 400 to 599; got ${status}`);
    return this.enqueue({ kind: 'fail', status }, times);
  }

  /** The next `times` order requests get no answer at all, until the client gives up or the server closes. */
  hangNext(times = 1): this {
    return this.enqueue({ kind: 'hang' }, times);
  }

  /** The next `times` order requests answer 200 with a truncated JSON body. */
  invalidBodyNext(times = 1): this {
    return this.enqueue({ kind: 'invalidBody' }, times);
  }

  /** Answers still queued, so a test can assert its script was used up. */
  get pending(): number {
    return this.queue.length;
  }

  reset(): void {
    this.queue.length = 0;
  }

  /** Consumes the next scripted answer, if any. */
  take(): ScriptedAnswer | undefined {
    return this.queue.shift();
  }

  private enqueue(answer: ScriptedAnswer, times: number): this {
    if (!Number.isInteger(times) || times < 1) throw new Error(`times must be a whole number of at least 1; got ${times}`);
    for (let i = 0; i < times; i++) this.queue.push(answer);
    return this;
  }
}
