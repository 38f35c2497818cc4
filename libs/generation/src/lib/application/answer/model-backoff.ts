import { ExponentialBackoff, type GeneratorFn, type IBackoff, type IBackoffFactory, type IRetryBackoffContext } from 'cockatiel';
import { GENERATION_ERROR } from '../../domain/chat/generation-errors';

export interface BackoffSettings {
  /** Median of the first wait; each later wait doubles (SPEC GN-12: 1 s, 2 s, 4 s). */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Bedrock's ModelNotReadyException asks for a fixed wait instead (GN-13: 5 s). */
  readonly modelNotReadyWaitMs: number;
}

/**
 * Exponential delays with ±25 % jitter: replicas retrying a throttled model spread out, yet
 * each wait stays near its nominal value (cockatiel's decorrelated jitter can wait ~0 ms on
 * the first retry, which does not back off from a throttle at all).
 */
export const boundedJitter: GeneratorFn<number> = (attempt = 0, options) => {
  const nominal = options.initialDelay * options.exponent ** attempt;
  return [Math.min(options.maxDelay, nominal * (0.75 + Math.random() * 0.5)), attempt + 1];
};

type RetryContext = IRetryBackoffContext<unknown>;

function isModelNotReady(context: RetryContext): boolean {
  return 'error' in context.result && (context.result.error as { code?: unknown } | undefined)?.code === GENERATION_ERROR.MODEL_NOT_READY;
}

/** One step of the backoff: the exponential sequence, except a fixed wait for a warming model. */
class ModelBackoffStep implements IBackoff<RetryContext> {
  constructor(
    readonly duration: number,
    private readonly exponential: IBackoff<unknown>,
    private readonly settings: BackoffSettings,
  ) {}

  next(context: RetryContext): IBackoff<RetryContext> {
    const exponential = this.exponential.next(context);
    return new ModelBackoffStep(isModelNotReady(context) ? this.settings.modelNotReadyWaitMs : exponential.duration, exponential, this.settings);
  }
}

/** The retry policy's backoff for model calls. */
export function modelBackoff(settings: BackoffSettings): IBackoffFactory<RetryContext> {
  const exponential = new ExponentialBackoff({ generator: boundedJitter, initialDelay: settings.initialDelayMs, maxDelay: settings.maxDelayMs, exponent: 2 });
  return {
    next(context: RetryContext): IBackoff<RetryContext> {
      const first = exponential.next();
      return new ModelBackoffStep(isModelNotReady(context) ? settings.modelNotReadyWaitMs : first.duration, first, settings);
    },
  };
}
