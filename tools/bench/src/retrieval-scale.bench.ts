/**
 * Retrieval at scale: ingestion throughput, query latency and memory of each SearchBackend with
 * tens of thousands of generated documents over five tenants. Composition root: options and
 * environment are read here only. See tools/bench/README.md.
 */
import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { LocalEmbeddingModel } from '@sagewire/retrieval';
import { machineInfo, type MachineInfo } from './machine';
import { formatNumber } from './report';
import { writeResults } from './results';
import { BackendUnavailableError, openBackend, type BackendName, type OpenedBackend } from './retrieval-scale/backend';
import { parseRetrievalCommandLine, USAGE, type RetrievalBenchOptions } from './retrieval-scale/config';
import { ingest } from './retrieval-scale/ingest';
import { openSearchFigures, reachable } from './retrieval-scale/opensearch-stats';
import { memorySnapshot } from './retrieval-scale/process-memory';
import { queryRounds, QUERY_TOP_K } from './retrieval-scale/query-rounds';
import { renderIngestTable, renderMemoryTable, renderQueryTable, type BackendRun } from './retrieval-scale/report';
import { readTopics, type Topic } from './retrieval-scale/stackfaq-text';
import { benchQueries, syntheticDocuments, TENANTS, type BenchQuery } from './retrieval-scale/synthetic-corpus';

async function main(argv: readonly string[]): Promise<number> {
  const options = optionsOrExitCode<RetrievalBenchOptions>(() => parseRetrievalCommandLine(argv, process.env), USAGE);
  if (typeof options === 'number') return options;

  const startedAt = new Date();
  const machine = machineInfo();
  const topics = readTopics();
  const queries = benchQueries(topics, options.seed, options.queries);
  const model = new LocalEmbeddingModel();
  // A prefix of this run only: no other run's chunks are searched, and cleanup deletes exactly these indices.
  const indexPrefix = `sagewire-bench-${startedAt.getTime().toString(36)}`;
  const runs: BackendRun[] = [];
  const failures: string[] = [];
  let current: OpenedBackend | undefined;
  const onSignal = () => void (current?.dispose() ?? Promise.resolve()).finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    // One backend at a time, the previous one closed and collected first, so memory figures are its own.
    for (const name of options.backend) {
      try {
        current = await open(name, options, model.dimensions, indexPrefix);
        runs.push(await measure(current, options, model, topics, queries, indexPrefix));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`bench: ${name} failed: ${message}\n`);
        failures.push(`${name} FAILED: ${message}`);
      } finally {
        await current?.dispose();
        current = undefined;
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
  }

  const durationMs = Date.now() - startedAt.getTime();
  const file = writeResults('retrieval-scale', startedAt, { benchmark: 'retrieval-scale', startedAt: startedAt.toISOString(), durationMs, options, machine, embeddingModel: model.id, tenants: TENANTS, runs, failures });
  const tables = runs.length > 0 ? [renderIngestTable(runs), renderQueryTable(runs), renderMemoryTable(runs)] : [];
  process.stdout.write(`${[header(options, machine, durationMs), ...tables, footer(options, file, failures)].join('\n\n')}\n`);
  return failures.length > 0 ? 1 : 0;
}

async function open(name: BackendName, options: RetrievalBenchOptions, dimensions: number, indexPrefix: string): Promise<OpenedBackend> {
  if (name === 'opensearch' && !(await reachable(options['opensearch-url']))) {
    throw new BackendUnavailableError(`no OpenSearch node answers at ${options['opensearch-url']} (npm run opensearch:start, or set OPENSEARCH_URL)`);
  }
  return openBackend(name, dimensions, { url: options['opensearch-url'], indexPrefix });
}

async function measure(opened: OpenedBackend, options: RetrievalBenchOptions, model: LocalEmbeddingModel, topics: readonly Topic[], queries: readonly BenchQuery[], indexPrefix: string): Promise<BackendRun> {
  const nodeFigures = opened.name === 'opensearch' ? () => openSearchFigures(options['opensearch-url'], indexPrefix) : undefined;
  const before = { memory: memorySnapshot(), node: await nodeFigures?.() };
  const ingested = await ingest(opened.backend, model, syntheticDocuments(topics, options.seed, options.docs), options.docs, options.batch);
  const afterIngest = { memory: memorySnapshot(), node: await nodeFigures?.() };
  const rounds = await queryRounds(opened.backend, model, queries, options.rounds);
  const afterQueries = { memory: memorySnapshot(), node: await nodeFigures?.() };
  return {
    backend: opened.name,
    ingest: ingested,
    rounds,
    memory: { before: before.memory, afterIngest: afterIngest.memory, afterQueries: afterQueries.memory },
    ...(before.node && afterIngest.node && afterQueries.node ? { opensearch: { before: before.node, afterIngest: afterIngest.node, afterQueries: afterQueries.node } } : {}),
  };
}

function header(options: RetrievalBenchOptions, machine: MachineInfo, durationMs: number): string {
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  return [
    `retrieval-scale: ${options.docs.toLocaleString('en-US')} documents (seed ${options.seed}, tenants ${TENANTS.map((t) => `${t.id} ${t.share * 100}%`).join(', ')}), batches of ${options.batch}; ${options.queries} queries per mode x (1 warm-up + ${options.rounds}) rounds, top-k ${QUERY_TOP_K}; backends ${options.backend.join(',')}`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${mib(machine.totalMemoryBytes)} RAM, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}${machine.gitCommit ? `, commit ${machine.gitCommit}` : ''}; took ${formatNumber(durationMs / 1000)} s`,
  ].join('\n');
}

function footer(options: RetrievalBenchOptions, file: string, failures: readonly string[]): string {
  return [
    'Ingestion: generating the text is not timed; chunking (the ingestion service\'s heading-aware chunker), embedding (LocalEmbeddingModel, title + section + text) and replaceDocuments are, batch after batch.',
    'Queries: one at a time; total = embedding the query (bm25 mode does not embed) + search. Each round\'s percentiles, then the median (min–max) across rounds.',
    `Memory: after a full GC${memorySnapshot().collected ? '' : ' (NOT available: run with node --expose-gc, as npm run bench:retrieval does)'}; OpenSearch figures from _nodes/stats/jvm and _cat/indices of the run's indices.`,
    ...failures,
    `JSON: ${file}`,
  ].join('\n');
}

void runTool('bench', () => main(process.argv.slice(2)));
