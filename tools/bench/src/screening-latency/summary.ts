import { spread, type Spread } from '../stats';
import type { Operation } from './operations';
import type { OperationRound } from './rounds';

/** One operation's figures across the measured rounds: each round's percentile, then their spread. µs. */
export interface OperationSummary {
  readonly id: string;
  readonly group: string;
  readonly label: string;
  readonly baseline: boolean;
  readonly part: boolean;
  readonly count: number;
  readonly p50: Spread;
  readonly p95: Spread;
  readonly p99: Spread;
  readonly max: Spread;
  readonly opsPerSec: Spread;
  /** p50 minus the group baseline's p50 in the same round: what the operation adds to the cheapest step. */
  readonly addedP50?: Spread;
}

export function summarize(operations: readonly Operation[], measured: readonly (readonly OperationRound[])[]): OperationSummary[] {
  const roundsOf = (id: string) => measured.map((round) => byId(round, id));
  return operations.map((operation) => {
    const rounds = roundsOf(operation.id);
    const baseline = operations.find((o) => o.baseline && o.group === operation.group);
    const across = (f: (r: OperationRound) => number) => spread(rounds.map(f));
    // Parts are not a step on top of the splitter (a screen runs them instead of it), so only screens get the column.
    const added = baseline && !operation.baseline && !operation.part ? spread(rounds.map((r, i) => r.latencyUs.p50 - byId(measured[i]!, baseline.id).latencyUs.p50)) : undefined;
    return {
      id: operation.id, group: operation.group, label: operation.label, baseline: operation.baseline, part: operation.part, count: operation.count,
      p50: across((r) => r.latencyUs.p50), p95: across((r) => r.latencyUs.p95), p99: across((r) => r.latencyUs.p99), max: across((r) => r.latencyUs.max),
      opsPerSec: across((r) => r.opsPerSec),
      ...(added ? { addedP50: added } : {}),
    };
  });
}

/**
 * What the guardrails compute for one answer, per round then across rounds: the stream
 * handler's work (splitting and the per-sentence screens, the screens alone being that minus
 * the splitter's baseline) and the whole-answer screen that the saga waits for before `done`.
 * Totals add percentiles, so they estimate a typical (p50) and a bad (p99) answer; they are not
 * percentiles of the sum.
 */
export interface AnswerCost {
  readonly streamP50: Spread;
  readonly streamScreensP50: Spread;
  readonly wholeScreenP50: Spread;
  readonly totalP50: Spread;
  readonly totalP99: Spread;
}

export function answerCost(measured: readonly (readonly OperationRound[])[], ids: { split: string; stream: string; whole: string }): AnswerCost {
  const per = (f: (split: OperationRound, stream: OperationRound, whole: OperationRound) => number) =>
    spread(measured.map((round) => f(byId(round, ids.split), byId(round, ids.stream), byId(round, ids.whole))));
  return {
    streamP50: per((_split, stream) => stream.latencyUs.p50),
    streamScreensP50: per((split, stream) => stream.latencyUs.p50 - split.latencyUs.p50),
    wholeScreenP50: per((_split, _stream, whole) => whole.latencyUs.p50),
    totalP50: per((_split, stream, whole) => stream.latencyUs.p50 + whole.latencyUs.p50),
    totalP99: per((_split, stream, whole) => stream.latencyUs.p99 + whole.latencyUs.p99),
  };
}

function byId(round: readonly OperationRound[], id: string): OperationRound {
  const found = round.find((r) => r.id === id);
  if (!found) throw new Error(`no figures for ${id} in a round`);
  return found;
}
