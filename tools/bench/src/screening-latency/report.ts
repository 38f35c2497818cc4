import { formatNumber } from '../report';
import type { Spread } from '../stats';
import type { AnswerCost, OperationSummary } from './summary';

type Row = readonly string[];

/** Cells: median across rounds (min–max across rounds), in µs; groups in input order, parts indented. */
export function renderOperationTable(summaries: readonly OperationSummary[]): string {
  const rows: Row[] = [];
  let group: string | undefined;
  for (const s of summaries) {
    if (s.group !== group) {
      group = s.group;
      rows.push([`${group} (n=${s.count.toLocaleString('en-US')})`, '', '', '', '', '', '']);
    }
    rows.push([
      `${s.part ? '    ' : '  '}${s.label}`,
      cell(s.p50), cell(s.p95), cell(s.p99), cell(s.max),
      formatNumber(s.opsPerSec.median),
      s.addedP50 ? signed(s.addedP50) : s.baseline ? '–' : '',
    ]);
  }
  return table(['operation (µs per call)', 'p50', 'p95', 'p99', 'max', 'ops/s', 'p50 − baseline p50'], rows);
}

export function renderAnswerTable(cost: AnswerCost, sentencesPerAnswer: number): string {
  const rows: Row[] = [
    ['stream handler: split + screen each sentence, p50', cell(cost.streamP50)],
    ['  of which the screens (minus the splitter alone), p50', cell(cost.streamScreensP50)],
    ['whole-answer screen against its passages, p50', cell(cost.wholeScreenP50)],
    ['total the guardrails compute per answer, p50', cell(cost.totalP50)],
    ['total, p99 (p99 of each part added)', cell(cost.totalP99)],
  ];
  return table([`one answer of ${formatNumber(sentencesPerAnswer)} sentences (µs)`, 'median (min–max)'], rows);
}

/** A difference: "+50.1 (48.3–51.9)", or "−2.00 (…)" when the screen is below the baseline (noise). */
export function signed(s: Spread): string {
  return `${s.median < 0 ? '−' : '+'}${formatNumber(Math.abs(s.median))} (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

export function cell(s: Spread): string {
  return `${formatNumber(s.median)} (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

function table(header: Row, rows: readonly Row[]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: Row) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
