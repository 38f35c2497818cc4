import { percentile } from '../stats';
import { phaseStats, type PhaseStats } from '../query-latency/summary';
import type { PairSample, ProblemKind } from './run-pairs';

/** A counted pair: both sides measured. */
type Counted = PairSample & Required<Pick<PairSample, 'platform' | 'baseline'>>;

/** The per-pair figures, in ms; the `added*` ones are differences within a pair. */
export const FIGURES = [
  { id: 'baselineFirstToken', label: 'baseline: first token', pick: (s: Counted) => s.baseline.firstTokenMs },
  { id: 'baselineFirstSentence', label: 'baseline: first sentence', pick: (s: Counted) => s.baseline.firstSentenceMs },
  { id: 'baselineDone', label: 'baseline: end of stream', pick: (s: Counted) => s.baseline.doneMs },
  { id: 'platformAccepted', label: 'platform: accepted (query committed)', pick: (s: Counted) => s.platform.acceptedMs },
  { id: 'platformFirstChunk', label: 'platform: first chunk', pick: (s: Counted) => s.platform.firstChunkMs },
  { id: 'platformDone', label: 'platform: done', pick: (s: Counted) => s.platform.doneMs },
  { id: 'addedFirstChunk', label: 'ADDED to the first chunk (vs first sentence)', pick: (s: Counted) => diff(s.platform.firstChunkMs, s.baseline.firstSentenceMs) },
  { id: 'addedBeforeCall', label: '  before the model call arrives', pick: beforeCall },
  { id: 'addedAfterFirstSentence', label: '  after the first sentence left the model', pick: (s: Counted) => diff(diff(s.platform.firstChunkMs, s.baseline.firstSentenceMs), beforeCall(s)) },
  { id: 'addedDone', label: 'ADDED to the whole answer (vs end of stream)', pick: (s: Counted) => diff(s.platform.doneMs, s.baseline.doneMs) },
  { id: 'addedAfterStream', label: '  after the model\'s stream ended', pick: (s: Counted) => diff(diff(s.platform.doneMs, s.baseline.doneMs), beforeCall(s)) },
] as const;

export type FigureId = (typeof FIGURES)[number]['id'];

export interface FirstTokenSummary {
  readonly asked: number;
  readonly counted: number;
  readonly figures: Readonly<Record<FigureId, PhaseStats | undefined>>;
  readonly problems: Readonly<Partial<Record<ProblemKind, number>>>;
  readonly fromBedrock: number;
  readonly sameText: number;
  readonly factFound: number;
  readonly chunksMedian: number | undefined;
}

/**
 * What the platform adds before its model call even reaches the model: the call's arrival at
 * the local Bedrock, less the baseline's own (signing and opening the HTTP/2 session, which
 * both pay). Splits each added figure into before the call and after the model's output.
 */
function beforeCall(s: Counted): number | undefined {
  return diff(s.platform.callArrivedMs, s.baseline.callArrivedMs);
}

function diff(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

export function summarize(samples: readonly PairSample[]): FirstTokenSummary {
  const counted = samples.filter((s): s is Counted => s.problem === undefined && s.platform !== undefined && s.baseline !== undefined);
  const figures = Object.fromEntries(FIGURES.map((f) => [f.id, phaseStats(counted.map(f.pick).filter((v) => v !== undefined))])) as Record<FigureId, PhaseStats | undefined>;
  const problems: Partial<Record<ProblemKind, number>> = {};
  for (const { problem } of samples) if (problem !== undefined) problems[problem.kind] = (problems[problem.kind] ?? 0) + 1;
  const chunks = samples.flatMap((s) => (s.platform === undefined ? [] : [s.platform.chunks]));
  return {
    asked: samples.length,
    counted: counted.length,
    figures,
    problems,
    fromBedrock: samples.filter((s) => s.fromBedrock).length,
    sameText: samples.filter((s) => s.sameText === true).length,
    factFound: samples.filter((s) => s.factFound === true).length,
    chunksMedian: chunks.length === 0 ? undefined : percentile(chunks, 50),
  };
}
