import type { LatencySummary } from '../metrics/latency';
import type { ModeSummary } from './summary';

/** Rows are modes; quality as fractions (3 decimals), latency as p50 / p95 / p99 in ms. */
export function renderTable(summaries: readonly ModeSummary[], cutoffs: readonly number[]): string {
  const depth = cutoffs[cutoffs.length - 1]!;
  const header = ['mode', ...cutoffs.map((k) => `R@${k}`), `MRR@${depth}`, `nDCG@${depth}`, 'total ms p50/p95/p99', 'embed ms p50/p95/p99', 'search ms p50/p95/p99'];
  const rows = summaries.map((s) => [
    s.mode,
    ...s.recall.map(fraction),
    fraction(s.mrr),
    fraction(s.ndcg),
    latency(s.totalMs),
    s.mode === 'bm25' ? '(not embedded)' : latency(s.embedMs),
    latency(s.searchMs),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function fraction(value: number): string {
  return value.toFixed(3);
}

function latency(s: LatencySummary): string {
  return [s.p50, s.p95, s.p99].map(ms).join(' / ');
}

/** Three significant digits, as tools/bench. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}
