import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, retry, type CircuitBreakerPolicy } from 'cockatiel';
import { describeError } from '@sagewire/errors';
import type { ChatReply } from '../../domain/chat/chat-model.port';
import { generationError, GENERATION_ERROR } from '../../domain/chat/generation-errors';
import { CallWatchdog, type CallTimeouts } from './call-watchdog';
import { modelBackoff, type BackoffSettings } from './model-backoff';

export interface ResilienceSettings extends BackoffSettings {
  /** Calls of one model per answer step, the first included (3: one try and two retries). */
  readonly attempts: number;
  /** Consecutive failures that open a model's breaker (SPEC GN-16: 5). */
  readonly breakerFailures: number;
  /** How long an open breaker refuses calls before letting one through (GN-16: 60 s). */
  readonly breakerHalfOpenAfterMs: number;
  readonly timeouts: CallTimeouts;
}

/** What the resilience layer reports, for logs and metrics; it knows neither. */
export interface ResilienceEvents {
  retrying(model: string, errorCode: string, delayMs: number, attempt: number): void;
  breakerChanged(model: string, state: 'open' | 'half_open' | 'closed'): void;
}

/** One attempt of a call: the provider gets the watchdog's signal and reports signs of life. */
export type ModelAttempt = (signal: AbortSignal, alive: () => void) => Promise<ChatReply>;

const STATE_NAMES: Partial<Record<CircuitState, 'open' | 'half_open' | 'closed'>> = {
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Closed]: 'closed',
};

/**
 * Retries, circuit breakers and timeouts around model calls, with cockatiel's policies.
 * One breaker per model id and process: a dead model stops being called after
 * `breakerFailures` consecutive faults and is tried again after `breakerHalfOpenAfterMs`.
 * Only the model's own faults count (throttling, outages, timeouts, broken streams), not a
 * request it refused. A call is retried only while nothing of it reached the customer; the
 * saga's fallback chain takes over after that (a fresh model, a fresh stream).
 */
export class ModelResilience {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();

  constructor(
    private readonly settings: ResilienceSettings,
    private readonly events: ResilienceEvents,
  ) {}

  /** The breaker state of `model`, for health pages and tests. */
  state(model: string): 'open' | 'half_open' | 'closed' {
    return STATE_NAMES[this.breakers.get(model)?.state ?? CircuitState.Closed] ?? 'open';
  }

  /**
   * Runs `attempt` under the policies. `delivered` says whether any of the answer has been
   * shown already, which makes a retry unsafe. Rejects with an AppError: the last attempt's
   * error, `GENERATION.CIRCUIT_OPEN` when the breaker refused, or the outer signal's reason.
   * `options.attempts` overrides the configured attempts for one call (the classifier: one).
   */
  async call(model: string, attempt: ModelAttempt, delivered: () => boolean, outer?: AbortSignal, options: { readonly attempts?: number } = {}): Promise<ChatReply> {
    const breaker = this.breakerFor(model);
    const attempts = options.attempts ?? this.settings.attempts;
    const policy = retry(
      handleWhen((error) => !delivered() && !(error instanceof BrokenCircuitError) && !outer?.aborted && describeError(error).retriable),
      { maxAttempts: Math.max(0, attempts - 1), backoff: modelBackoff(this.settings) },
    );
    const listener = policy.onRetry((event) => {
      const code = 'error' in event ? describeError(event.error).code : 'UNKNOWN';
      this.events.retrying(model, code, Math.round(event.delay), event.attempt);
    });
    try {
      return await policy.execute(() => breaker.execute(() => this.watched(model, attempt, outer)), outer);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw generationError(GENERATION_ERROR.CIRCUIT_OPEN, `${model} is failing: its circuit breaker is open, try the next model`, { model });
      }
      if (outer?.aborted) throw outer.reason;
      throw error;
    } finally {
      listener.dispose();
    }
  }

  private async watched(model: string, attempt: ModelAttempt, outer?: AbortSignal): Promise<ChatReply> {
    const watchdog = new CallWatchdog(model, this.settings.timeouts, outer);
    try {
      return await attempt(watchdog.signal, () => watchdog.alive());
    } catch (error) {
      // A provider rejects with the signal's reason on abort; make sure a timeout reads as one.
      throw watchdog.signal.aborted && !outer?.aborted ? watchdog.signal.reason : error;
    } finally {
      watchdog.stop();
    }
  }

  private breakerFor(model: string): CircuitBreakerPolicy {
    let breaker = this.breakers.get(model);
    if (breaker === undefined) {
      breaker = circuitBreaker(handleWhen(isModelFault), {
        halfOpenAfter: this.settings.breakerHalfOpenAfterMs,
        breaker: new ConsecutiveBreaker(this.settings.breakerFailures),
      });
      breaker.onStateChange((state) => {
        const name = STATE_NAMES[state];
        if (name) this.events.breakerChanged(model, name);
      });
      this.breakers.set(model, breaker);
    }
    return breaker;
  }
}

/** The model's fault (worth opening its breaker for), as opposed to our request's. */
function isModelFault(error: unknown): boolean {
  return describeError(error).retriable;
}
