/** The API operations the server answers, as the request log and the script name them. */
export type ZendeskOperation = 'createTicket' | 'listTickets' | 'showTicket' | 'updateTicket' | 'listComments';

/** One scripted answer in place of the real one. */
export type ScriptedFault =
  | { readonly kind: 'fail'; readonly status: number; readonly retryAfterSeconds?: number }
  /** No answer at all; with `afterCommit` the change is made first (the response is what gets lost). */
  | { readonly kind: 'hang'; readonly afterCommit: boolean };

export interface FaultOptions {
  /** How many matching requests take the fault (default 1). */
  readonly times?: number;
  /** Only this operation takes it (default: the next API request, whatever it is). */
  readonly operation?: ZendeskOperation;
}

interface QueuedFault {
  readonly fault: ScriptedFault;
  readonly operation: ZendeskOperation | undefined;
}

/**
 * How the server misbehaves, for tests and demos. Faults are taken in the order queued by the
 * first request they match, before authentication (an outage or rate limit in front of the
 * account), after which the server answers normally again.
 */
export class LocalZendeskScript {
  private readonly queue: QueuedFault[] = [];

  /** 429 with `Retry-After: {retryAfterSeconds}` (default 60), as Zendesk's rate limiter answers. */
  throttleNext(retryAfterSeconds = 60, options: FaultOptions = {}): this {
    if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0) throw new Error(`retryAfterSeconds must be a whole number of seconds; got ${retryAfterSeconds}`);
    return this.enqueue({ kind: 'fail', status: 429, retryAfterSeconds }, options);
  }

  /**
   * An error status from 400 to 599 with Zendesk's body for it: 5xx as plain text (a proxy or
   * maintenance page), others as JSON. 503 may carry `Retry-After`, as in maintenance.
   */
  failNext(status: number, options: FaultOptions & { readonly retryAfterSeconds?: number } = {}): this {
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new Error(`failNext needs an error status from 400 to 599; got ${status}`);
    return this.enqueue({ kind: 'fail', status, ...(options.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: options.retryAfterSeconds }) }, options);
  }

  /** No answer until the client gives up or the server closes; `afterCommit` makes the change first. */
  hangNext(options: FaultOptions & { readonly afterCommit?: boolean } = {}): this {
    return this.enqueue({ kind: 'hang', afterCommit: options.afterCommit ?? false }, options);
  }

  /** Faults still queued, so a test can assert its script was used up. */
  get pending(): number {
    return this.queue.length;
  }

  reset(): void {
    this.queue.length = 0;
  }

  /** Consumes the first queued fault meant for `operation`, if any. */
  take(operation: ZendeskOperation): ScriptedFault | undefined {
    const index = this.queue.findIndex((q) => q.operation === undefined || q.operation === operation);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0]!.fault;
  }

  private enqueue(fault: ScriptedFault, options: FaultOptions): this {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`times must be a whole number of at least 1; got ${times}`);
    for (let i = 0; i < times; i++) this.queue.push({ fault, operation: options.operation });
    return this;
  }
}
