import { generationError, GENERATION_ERROR } from '../../domain/chat/generation-errors';

export interface CallTimeouts {
  /** From the request to the first streamed text or tool call. */
  readonly firstTokenMs: number;
  /** Longest silence between two pieces of a stream once it has started. */
  readonly idleMs: number;
  /** The whole call, however lively. */
  readonly totalMs: number;
}

/**
 * Aborts one model call that goes silent. A model that never answers, or stops half-way,
 * would otherwise hold the query until the saga's deadline; here it fails fast with a
 * retriable `GENERATION.TIMEOUT` naming which limit was hit, which the retry policy sees.
 */
export class CallWatchdog {
  private readonly controller = new AbortController();
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly totalTimer: NodeJS.Timeout;
  private readonly onOuterAbort = (): void => this.controller.abort(this.outer?.reason);

  constructor(
    private readonly model: string,
    private readonly timeouts: CallTimeouts,
    private readonly outer?: AbortSignal,
  ) {
    this.idleTimer = this.arm(timeouts.firstTokenMs, `no first token from ${model} within ${timeouts.firstTokenMs} ms`);
    this.totalTimer = this.arm(timeouts.totalMs, `${model} did not finish within ${timeouts.totalMs} ms`);
    if (outer?.aborted) this.onOuterAbort();
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  /** The signal to hand to the provider. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The stream showed life: the silence limit starts again. */
  alive(): void {
    if (this.controller.signal.aborted) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = this.arm(this.timeouts.idleMs, `${this.model} went silent for ${this.timeouts.idleMs} ms mid-answer`);
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.totalTimer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  private arm(ms: number, message: string): NodeJS.Timeout {
    return setTimeout(() => this.controller.abort(generationError(GENERATION_ERROR.TIMEOUT, message, { model: this.model, timeoutMs: ms })), ms);
  }
}
