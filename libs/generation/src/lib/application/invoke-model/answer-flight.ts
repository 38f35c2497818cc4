import type { ChunkSink, GenerationResult } from '../../domain/model-provider.port';

/**
 * One answer being generated, which later identical requests can join: they get every chunk
 * so far, then each new one, then the same result. A joiner's slow or failing sink never
 * holds up the model or the other listeners: each listener reads at its own pace.
 */
export class AnswerFlight {
  private readonly chunks: string[] = [];
  private outcome: { result: GenerationResult } | { error: unknown } | undefined;
  private wake: (() => void) | undefined;
  private changed = this.nextChange();

  /** The leader's sink: records the chunk for joiners, then passes it on. */
  recording(sink: ChunkSink): ChunkSink {
    return async (text) => {
      this.chunks.push(text);
      this.notify();
      await sink(text);
    };
  }

  settle(outcome: { result: GenerationResult } | { error: unknown }): void {
    this.outcome = outcome;
    this.notify();
  }

  /** Replays the flight to `sink` as it happens; rejects with the leader's error if it failed. */
  async follow(sink: ChunkSink): Promise<GenerationResult> {
    for (let next = 0; ; ) {
      while (next < this.chunks.length) await sink(this.chunks[next++]!);
      if (this.outcome !== undefined) {
        // Chunks recorded before the outcome was set are all in `chunks` by now.
        if (next < this.chunks.length) continue;
        if ('error' in this.outcome) throw this.outcome.error;
        return this.outcome.result;
      }
      await this.changed;
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.changed = this.nextChange();
    wake?.();
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }
}
