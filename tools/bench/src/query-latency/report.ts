import { formatNumber } from '../report';
import { PHASES, type ModeSummary, type PhaseStats } from './summary';

const STAT_COLUMNS: ReadonlyArray<readonly [string, (s: PhaseStats) => number]> = [
  ['median', (s) => s.median],
  ['p95', (s) => s.p95],
  ['p99', (s) => s.p99],
  ['min', (s) => s.min],
  ['max', (s) => s.max],
  ['IQR', (s) => s.iqr],
];

/** Per mode: rows are phases, columns the statistics, all in ms. */
export function renderPhaseTable(summary: ModeSummary): string {
  const header = [`${summary.mode} (ms)`, 'n', ...STAT_COLUMNS.map(([name]) => name)];
  const rows = PHASES.map((phase) => {
    const stats = summary.phases[phase.id];
    if (!stats) return [phase.label, '0', ...STAT_COLUMNS.map(() => '–')];
    return [phase.label, String(stats.n), ...STAT_COLUMNS.map(([, pick]) => formatNumber(pick(stats)))];
  });
  return align(header, rows);
}

/** The figures that are one number per mode, modes side by side. */
export function renderModeComparison(summaries: readonly ModeSummary[]): string {
  const mib = (bytes: number) => `${formatNumber(bytes / 2 ** 20)} MiB`;
  const figures: ReadonlyArray<readonly [string, (s: ModeSummary) => string]> = [
    ['questions measured (sent/planned)', (s) => `${s.sent}/${s.planned}${s.cutShort ? ' (budget)' : ''}`],
    ['questions/s', (s) => formatNumber(s.questionsPerSecond)],
    ['answered', (s) => String(s.outcomes['answered'] ?? 0)],
    ['escalated', (s) => String(s.outcomes['escalated'] ?? 0)],
    ['other outcomes', (s) => otherOutcomes(s.outcomes)],
    ['answer has the expected fact', (s) => `${s.factFound}/${s.sent}`],
    ['RSS before (sum)', (s) => `${mib(s.rssBeforeBytes)} (${s.processCount} proc)`],
    ['RSS after (sum)', (s) => mib(s.rssAfterBytes)],
    ['start until demo KB active', (s) => `${formatNumber(s.startupMs / 1000)} s`],
  ];
  return align(
    ['figure', ...summaries.map((s) => s.mode)],
    figures.map(([label, value]) => [label, ...summaries.map(value)]),
  );
}

function otherOutcomes(outcomes: Readonly<Record<string, number>>): string {
  const other = Object.entries(outcomes).filter(([outcome]) => outcome !== 'answered' && outcome !== 'escalated');
  return other.length === 0 ? '0' : other.map(([outcome, n]) => `${n} ${outcome}`).join(', ');
}

/** First column left-aligned, the others right-aligned, as the bus bench's table. */
export function align(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
