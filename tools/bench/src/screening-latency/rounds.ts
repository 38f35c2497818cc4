import { ProgressBar } from '../progress';
import { distribution, type Distribution } from '../stats';
import type { Operation } from './operations';

/** One operation over its whole input set in one round. Times in µs. */
export interface OperationRound {
  readonly id: string;
  readonly latencyUs: Distribution;
  /** Calls per second of timed work on one core (sum of the calls' times, loop excluded). */
  readonly opsPerSec: number;
  /**
   * Sum of the calls' results (findings, sentences, scores): kept in the output so the JIT
   * cannot drop a call whose value nobody reads, and equal in every round.
   */
  readonly checksum: number;
}

/**
 * Runs the warm-up round (discarded: it is where the JIT compiles the regular expressions and
 * the hot paths), then `rounds` measured rounds. Within a round the operations take turns in a
 * fixed order, so load that drifts during the bench (another job on the box) lands on all of
 * them alike. Each operation starts after a full collection when `--expose-gc` is on, so one
 * operation's garbage is not collected on another's time; its own collections count.
 */
export function runRounds(operations: readonly Operation[], rounds: number): { warmUp: OperationRound[]; measured: OperationRound[][] } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const all: OperationRound[][] = [];
  for (let round = 0; round <= rounds; round++) {
    const label = round === 0 ? 'warm-up' : `round ${round}/${rounds}`;
    let done = 0;
    const total = operations.reduce((sum, o) => sum + o.count, 0);
    const bar = new ProgressBar(`screening ${label}`, total, () => done);
    all.push(operations.map((operation) => {
      gc?.();
      const result = timeOperation(operation);
      done += operation.count;
      return result;
    }));
    bar.finish();
  }
  return { warmUp: all[0]!, measured: all.slice(1) };
}

export function timeOperation(operation: Operation): OperationRound {
  const samples = new Float64Array(operation.count);
  let totalMs = 0;
  let checksum = 0;
  for (let i = 0; i < operation.count; i++) {
    const started = performance.now();
    checksum += operation.call(i);
    const elapsed = performance.now() - started;
    samples[i] = elapsed * 1000;
    totalMs += elapsed;
  }
  return { id: operation.id, latencyUs: distribution(samples), opsPerSec: operation.count / (totalMs / 1000), checksum };
}
