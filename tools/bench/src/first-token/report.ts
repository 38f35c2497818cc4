import { formatNumber } from '../report';
import { align } from '../query-latency/report';
import type { PhaseStats } from '../query-latency/summary';
import type { PairSample } from './run-pairs';
import { FIGURES, type FirstTokenSummary } from './summary';

const STAT_COLUMNS: ReadonlyArray<readonly [string, (s: PhaseStats) => number]> = [
  ['p50', (s) => s.median],
  ['p99', (s) => s.p99],
  ['min', (s) => s.min],
  ['max', (s) => s.max],
  ['mean', (s) => s.mean],
];

/** Rows are the figures, columns their statistics over the counted pairs, in ms. */
export function renderSummaryTable(summary: FirstTokenSummary): string {
  const rows = FIGURES.map((figure) => {
    const stats = summary.figures[figure.id];
    if (!stats) return [figure.label, '0', ...STAT_COLUMNS.map(() => '–')];
    return [figure.label, String(stats.n), ...STAT_COLUMNS.map(([, pick]) => formatNumber(pick(stats)))];
  });
  return align(['ms', 'n', ...STAT_COLUMNS.map(([name]) => name)], rows);
}

/** The counts that say whether the figures measure what they claim. */
export function renderChecks(summary: FirstTokenSummary): string {
  const problems = Object.entries(summary.problems).map(([kind, n]) => `${n} ${kind}`);
  return align(['check', 'value'], [
    ['pairs counted / questions asked', `${summary.counted}/${summary.asked}`],
    ['not counted', problems.length === 0 ? '0' : problems.join(', ')],
    ['answer came from the local Bedrock', `${summary.fromBedrock}/${summary.asked}`],
    ['answer shown = text the model streamed', `${summary.sameText}/${summary.asked}`],
    ['answer has the expected fact', `${summary.factFound}/${summary.asked}`],
    ['chunk events per answer, median', summary.chunksMedian === undefined ? '–' : formatNumber(summary.chunksMedian)],
  ]);
}

/** One row per measured question, in the order asked; `added` columns are platform − baseline. */
export function renderSampleTable(samples: readonly PairSample[]): string {
  const ms = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value));
  const minus = (a: number | undefined, b: number | undefined) => ms(a === undefined || b === undefined ? undefined : a - b);
  const rows = samples.map((s) => [
    String(s.seq + 1),
    s.questionId,
    ms(s.baseline?.firstTokenMs),
    ms(s.baseline?.firstSentenceMs),
    ms(s.baseline?.doneMs),
    ms(s.platform?.callArrivedMs),
    ms(s.platform?.firstChunkMs),
    ms(s.platform?.doneMs),
    minus(s.platform?.firstChunkMs, s.baseline?.firstSentenceMs),
    minus(s.platform?.doneMs, s.baseline?.doneMs),
    s.problem === undefined ? '' : `${s.problem.kind}: ${s.problem.detail.slice(0, 60)}`,
  ]);
  return align(['#', 'question', 'b.token', 'b.sentence', 'b.end', 'p.call', 'p.chunk', 'p.done', '+chunk', '+done', 'not counted'], rows);
}
