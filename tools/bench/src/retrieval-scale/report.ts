import { formatNumber } from '../report';
import { spread, type Spread } from '../stats';
import type { BackendName } from './backend';
import type { IngestFigures } from './ingest';
import type { OpenSearchFigures } from './opensearch-stats';
import type { MemorySnapshot } from './process-memory';
import { QUERY_MODES, type ModeRound } from './query-rounds';

export interface BackendRun {
  readonly backend: BackendName;
  readonly ingest: IngestFigures;
  readonly rounds: ModeRound[][];
  readonly memory: { readonly before: MemorySnapshot; readonly afterIngest: MemorySnapshot; readonly afterQueries: MemorySnapshot };
  readonly opensearch?: { readonly before: OpenSearchFigures; readonly afterIngest: OpenSearchFigures; readonly afterQueries: OpenSearchFigures };
}

type Row = [string, ...string[]];

export function renderIngestTable(runs: readonly BackendRun[]): string {
  const seconds = (ms: number) => `${formatNumber(ms / 1000)} s`;
  const rows: Row[] = [
    ['documents / chunks', ...runs.map((r) => `${r.ingest.documents.toLocaleString('en-US')} / ${r.ingest.chunks.toLocaleString('en-US')}`)],
    ['documents/s (chunk+embed+index)', ...runs.map((r) => formatNumber(r.ingest.documents / (r.ingest.totalMs / 1000)))],
    ['chunks/s (chunk+embed+index)', ...runs.map((r) => formatNumber(r.ingest.chunks / (r.ingest.totalMs / 1000)))],
    ['documents/s per batch, median (min–max)', ...runs.map((r) => cell(spread(r.ingest.batchDocumentsPerSec)))],
    ['time: total', ...runs.map((r) => seconds(r.ingest.totalMs))],
    ['  chunking', ...runs.map((r) => seconds(r.ingest.chunkMs))],
    ['  embedding', ...runs.map((r) => seconds(r.ingest.embedMs))],
    ['  replaceDocuments', ...runs.map((r) => seconds(r.ingest.indexMs))],
    ['documents/s without embedding', ...runs.map((r) => formatNumber(r.ingest.documents / ((r.ingest.totalMs - r.ingest.embedMs) / 1000)))],
  ];
  return table(['ingestion', ...runs.map((r) => r.backend)], rows);
}

/** Cells: the median across rounds of each round's percentile (min–max across rounds), in ms. */
export function renderQueryTable(runs: readonly BackendRun[]): string {
  const rows: Row[] = [];
  for (const mode of QUERY_MODES) {
    const pick = (r: BackendRun, f: (m: ModeRound) => number) => spread(r.rounds.map((round) => f(round.find((m) => m.mode === mode)!)));
    rows.push([`${mode}: total p50`, ...runs.map((r) => cell(pick(r, (m) => m.total.p50)))]);
    rows.push([`${mode}: total p95`, ...runs.map((r) => cell(pick(r, (m) => m.total.p95)))]);
    rows.push([`${mode}: total p99`, ...runs.map((r) => cell(pick(r, (m) => m.total.p99)))]);
    if (mode !== 'bm25') rows.push([`${mode}: embed query p50 / p99`, ...runs.map((r) => `${formatNumber(pick(r, (m) => m.embed.p50).median)} / ${formatNumber(pick(r, (m) => m.embed.p99).median)}`)]);
    rows.push([`${mode}: search only p50 / p99`, ...runs.map((r) => `${formatNumber(pick(r, (m) => m.search.p50).median)} / ${formatNumber(pick(r, (m) => m.search.p99).median)}`)]);
    rows.push([`${mode}: queries with no hit`, ...runs.map((r) => String(r.rounds.reduce((sum, round) => sum + round.find((m) => m.mode === mode)!.emptyResults, 0)))]);
  }
  return table(['query latency (ms)', ...runs.map((r) => r.backend)], rows);
}

export function renderMemoryTable(runs: readonly BackendRun[]): string {
  const mib = (bytes: number) => `${formatNumber(bytes / 2 ** 20)} MiB`;
  const arrow = (a: number, b: number, c: number) => `${mib(a)} → ${mib(b)} → ${mib(c)}`;
  const rows: Row[] = [
    ['bench RSS: before → ingested → queried', ...runs.map((r) => arrow(r.memory.before.rssBytes, r.memory.afterIngest.rssBytes, r.memory.afterQueries.rssBytes))],
    ['bench V8 heap used: same', ...runs.map((r) => arrow(r.memory.before.heapUsedBytes, r.memory.afterIngest.heapUsedBytes, r.memory.afterQueries.heapUsedBytes))],
  ];
  if (runs.some((r) => r.opensearch)) {
    rows.push(['OpenSearch JVM heap used: same', ...runs.map((r) => (r.opensearch ? arrow(r.opensearch.before.jvmHeapUsedBytes, r.opensearch.afterIngest.jvmHeapUsedBytes, r.opensearch.afterQueries.jvmHeapUsedBytes) : '–'))]);
    rows.push(['OpenSearch JVM heap max', ...runs.map((r) => (r.opensearch ? mib(r.opensearch.afterQueries.jvmHeapMaxBytes) : '–'))]);
    rows.push(['index size (primary store) / Lucene docs', ...runs.map((r) => (r.opensearch ? `${mib(r.opensearch.afterQueries.indexStoreBytes)} / ${r.opensearch.afterQueries.indexDocs.toLocaleString('en-US')}` : '–'))]);
  }
  return table(['memory', ...runs.map((r) => r.backend)], rows);
}

function cell(s: Spread): string {
  return `${formatNumber(s.median)} (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

function table(header: string[], rows: readonly Row[]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
