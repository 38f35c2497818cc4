import { distribution, percentile } from '../stats';
import type { Mode } from './config';
import type { ModeTarget } from './mode-target';
import type { ModeRun, QuestionSample } from './run-mode';

/** One phase's samples of one mode, in ms. */
export interface PhaseStats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly q1: number;
  readonly q3: number;
  /** q3 - q1: the spread of the middle half, which one slow outlier does not move. */
  readonly iqr: number;
}

export const PHASES = [
  { id: 'health', label: 'GET /health/live (floor)', pick: (s: QuestionSample) => s.healthMs },
  { id: 'accepted', label: 'SSE: accepted', pick: (s: QuestionSample) => s.acceptedMs },
  { id: 'firstChunk', label: 'SSE: first chunk', pick: (s: QuestionSample) => s.firstChunkMs },
  { id: 'done', label: 'SSE: done', pick: (s: QuestionSample) => s.doneMs },
  { id: 'jsonTotal', label: 'JSON: whole answer', pick: (s: QuestionSample) => s.jsonTotalMs },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];

export interface ModeSummary {
  readonly mode: Mode;
  readonly planned: number;
  readonly sent: number;
  readonly cutShort: boolean;
  readonly phases: Readonly<Record<PhaseId, PhaseStats | undefined>>;
  /** Measured questions with an answer (SSE and JSON) per second of the measured phase. */
  readonly questionsPerSecond: number;
  readonly outcomes: Readonly<Record<string, number>>;
  readonly factFound: number;
  readonly startupMs: number;
  readonly rssBeforeBytes: number;
  readonly rssAfterBytes: number;
  readonly processCount: number;
}

export function summarizeMode(target: ModeTarget, run: ModeRun): ModeSummary {
  const samples = run.measured.samples;
  const phases = Object.fromEntries(PHASES.map((phase) => [phase.id, phaseStats(samples.map(phase.pick).filter((v) => v !== undefined))])) as Record<PhaseId, PhaseStats | undefined>;
  const outcomes: Record<string, number> = {};
  for (const sample of samples) outcomes[sample.outcome] = (outcomes[sample.outcome] ?? 0) + 1;
  const withAnswer = samples.filter((s) => s.outcome !== 'error').length;
  return {
    mode: target.mode,
    planned: run.measured.planned,
    sent: samples.length,
    cutShort: run.measured.cutShort,
    phases,
    questionsPerSecond: run.measured.wallMs > 0 ? withAnswer / (run.measured.wallMs / 1000) : Number.NaN,
    outcomes,
    factFound: samples.filter((s) => s.factFound === true).length,
    startupMs: target.startupMs,
    rssBeforeBytes: run.memoryBefore.totalRssBytes,
    rssAfterBytes: run.memoryAfter.totalRssBytes,
    processCount: Object.keys(run.memoryAfter.byProcess).length,
  };
}

export function phaseStats(values: readonly number[]): PhaseStats | undefined {
  if (values.length === 0) return undefined;
  const d = distribution(values);
  const q1 = percentile(values, 25);
  const q3 = percentile(values, 75);
  return { n: d.count, median: d.p50, p95: d.p95, p99: d.p99, min: d.min, max: d.max, mean: d.mean, q1, q3, iqr: q3 - q1 };
}
