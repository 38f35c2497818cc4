import type { AdapterName } from './config';
import type { LatencyRun, ThroughputRun } from './measure';
import { spread, type Spread } from './stats';

export interface AdapterRuns {
  readonly latency: LatencyRun[];
  readonly throughput: ThroughputRun[];
}

interface Metric {
  readonly id: string;
  readonly label: string;
  readonly better: 'lower' | 'higher';
  readonly pick: (runs: AdapterRuns) => number[];
}

const latency = (f: (r: LatencyRun) => number) => (runs: AdapterRuns) => runs.latency.map(f);
const throughput = (f: (r: ThroughputRun) => number) => (runs: AdapterRuns) => runs.throughput.map(f);

/** Every figure in the table, in order. README.md says what each one means. */
export const METRICS: readonly Metric[] = [
  { id: 'e2eP50Ms', label: 'latency p50 (ms)', better: 'lower', pick: latency((r) => r.endToEnd.p50) },
  { id: 'e2eP95Ms', label: 'latency p95 (ms)', better: 'lower', pick: latency((r) => r.endToEnd.p95) },
  { id: 'e2eP99Ms', label: 'latency p99 (ms)', better: 'lower', pick: latency((r) => r.endToEnd.p99) },
  { id: 'e2eMaxMs', label: 'latency max (ms)', better: 'lower', pick: latency((r) => r.endToEnd.max) },
  { id: 'ackP50Ms', label: 'publish ack p50 (ms)', better: 'lower', pick: latency((r) => r.publishAck.p50) },
  { id: 'ackP99Ms', label: 'publish ack p99 (ms)', better: 'lower', pick: latency((r) => r.publishAck.p99) },
  { id: 'throughputEventsPerSec', label: 'throughput (events/s)', better: 'higher', pick: throughput((r) => r.eventsPerSec) },
  { id: 'throughputMiBPerSec', label: 'throughput (MiB/s)', better: 'higher', pick: throughput((r) => r.mibPerSec) },
  { id: 'publishEventsPerSec', label: 'publish only (events/s)', better: 'higher', pick: throughput((r) => r.publishEventsPerSec) },
  { id: 'cpuUsPerEvent', label: 'client CPU (µs/event)', better: 'lower', pick: throughput((r) => r.cpuUsPerEvent) },
  { id: 'setupMs', label: 'topic + join (ms)', better: 'lower', pick: (runs) => [...runs.latency, ...runs.throughput].map((r) => r.setupMs) },
];

export type Summary = Record<string, Spread>;

export function summarize(runs: AdapterRuns): Summary {
  return Object.fromEntries(METRICS.map((m) => [m.id, spread(m.pick(runs))]));
}

/** Rows are figures, columns adapters, cells `median (min–max)`; the last column is kafka vs the bare client. */
export function renderTable(summaries: ReadonlyMap<AdapterName, Summary>): string {
  const adapters = [...summaries.keys()];
  const compare = summaries.has('kafka') && summaries.has('kafkajs-raw');
  const header = ['figure', ...adapters, ...(compare ? ['kafka vs raw'] : [])];
  const rows = METRICS.map((metric) => {
    const cells = adapters.map((a) => cell(summaries.get(a)![metric.id]!));
    if (compare) cells.push(relative(summaries.get('kafka')![metric.id]!.median, summaries.get('kafkajs-raw')![metric.id]!.median));
    return [metric.label, ...cells];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function cell(s: Spread): string {
  return `${formatNumber(s.median)} (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

function relative(kafka: number, raw: number): string {
  if (!Number.isFinite(kafka) || !Number.isFinite(raw) || raw === 0) return 'n/a';
  const percent = (kafka / raw - 1) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

/** Three significant digits below 100, whole numbers with separators above. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}
