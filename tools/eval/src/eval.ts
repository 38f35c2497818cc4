import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { describeError } from '@sagewire/errors';
/**
 * Retrieval evaluation: index a test collection into a search backend, run its queries in bm25,
 * vector and hybrid mode, print quality and latency. Composition root: the command line and
 * the environment are read here only. See tools/eval/README.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { LocalEmbeddingModel } from '@sagewire/retrieval';
import { parseCommandLine, USAGE, type EvalOptions } from './config';
import { loadBeir } from './dataset/beir-loader';
import { writeBeir } from './dataset/beir-writer';
import { DatasetError, type LineProblem } from './dataset/dataset-error';
import { judgedQueries, type EvalDataset } from './dataset/eval-dataset';
import { readStackFaq } from './dataset/stackfaq';
import { summarizeMode, type ModeSummary } from './report/summary';
import { renderTable } from './report/table';
import { indexCorpus, type IndexingFigures } from './run/index-corpus';
import { openBackend, type OpenedBackend } from './run/open-backend';
import { runQueries, SEARCH_MODES, type QueryOutcome } from './run/run-queries';

/** The whole collection goes into one tenant: tenancy is not what is measured here. */
const TENANT_ID = 'eval';
const SHOWN_WARNINGS = 10;

async function main(argv: readonly string[]): Promise<number> {
  const options = optionsOrExitCode<EvalOptions>(() => parseCommandLine(argv, process.env), USAGE);
  if (typeof options === 'number') return options;

  let dataset: EvalDataset;
  try {
    dataset = await loadDataset(options);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  if (options.command === 'stackfaq' && options['write-beir'] !== undefined) {
    const files = writeBeir(dataset, options['write-beir'], 'test');
    process.stdout.write(`${dataset.name}: ${dataset.corpus.length} documents, ${dataset.queries.length} queries\nwrote ${files.join(', ')}\n`);
    return 0;
  }
  const queries = judgedQueries(dataset).slice(0, options['limit-queries']);
  if (queries.length === 0) {
    process.stderr.write(`error: ${dataset.name} has no query with a relevant judgement\n`);
    return 1;
  }

  const model = new LocalEmbeddingModel();
  let opened: OpenedBackend;
  try {
    opened = await openBackend({ backend: options.backend, opensearchUrl: options['opensearch-url'], indexPrefix: `sagewire-eval-${Date.now().toString(36)}`, dimensions: model.dimensions });
  } catch (error) {
    // An unreachable node is a usage problem (start it, or point --opensearch-url at one), not a crash.
    if (describeError(error).code !== 'RETRIEVAL.OPENSEARCH_UNAVAILABLE') throw error;
    process.stderr.write(`error: ${describeError(error).message} (npm run opensearch:start, or set OPENSEARCH_URL)\n`);
    return 2;
  }
  const stopOnSignal = () => void opened.dispose().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  try {
    const indexing = await indexCorpus(opened.backend, model, TENANT_ID, dataset.corpus);
    const outcomes = new Map<string, QueryOutcome[]>();
    const summaries: ModeSummary[] = [];
    for (const mode of SEARCH_MODES) {
      const results = await runQueries(opened.backend, model, mode, queries, dataset.qrels, { tenantId: TENANT_ID, topK: options['top-k'], cutoffs: options.k });
      outcomes.set(mode, results);
      summaries.push(summarizeMode(mode, results, options.k));
    }
    process.stdout.write(`${[header(dataset, options, indexing, queries.length), renderTable(summaries, options.k), footer(options)].join('\n\n')}\n`);
    if (options.json !== undefined) {
      writeFileSync(options.json, `${JSON.stringify({ dataset: dataset.name, options, embeddingModel: model.id, indexing, summaries, queries: Object.fromEntries(outcomes) }, null, 2)}\n`);
      process.stderr.write(`JSON: ${options.json}\n`);
    }
    return 0;
  } finally {
    process.off('SIGINT', stopOnSignal);
    await opened.dispose();
  }
}

async function loadDataset(options: EvalOptions): Promise<EvalDataset> {
  if (options.command === 'stackfaq') return readStackFaq(options.file, options.unit);
  const { dataset, warnings } = await loadBeir(options.dir, options.split);
  if (warnings.length > 0) process.stderr.write(`${warnings.length} warning(s):\n${describe(warnings)}\n`);
  return dataset;
}

function describe(problems: readonly LineProblem[]): string {
  const shown = problems.slice(0, SHOWN_WARNINGS).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
  if (problems.length > SHOWN_WARNINGS) shown.push(`  ... and ${problems.length - SHOWN_WARNINGS} more`);
  return shown.join('\n');
}

function header(dataset: EvalDataset, options: EvalOptions, indexing: IndexingFigures, queries: number): string {
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  return [
    `${dataset.name}: ${indexing.documents} documents → ${indexing.chunks} chunks, ${queries} judged queries; backend ${options.backend}, top-k ${options['top-k']} chunks per query`,
    `indexing: ${seconds(indexing.totalMs)} (embedding ${seconds(indexing.embedMs)}, replaceDocuments ${seconds(indexing.indexMs)}), ${Math.round(indexing.documents / (indexing.totalMs / 1000))} documents/s`,
    `machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, node ${process.version}`,
  ].join('\n');
}

function footer(options: EvalOptions): string {
  const depth = options.k[options.k.length - 1]!;
  return [
    `Quality: means over the judged queries, per document (a document ranks by its best chunk); ties in score count as the expected value over their orders. nDCG@${depth} uses the qrels grades as gains.`,
    `Latency: per query, one at a time, after ${Math.min(20, options['limit-queries'] ?? 20)} warm-up queries; total = embedding the query (not in bm25 mode) + the search. p50 / p95 / p99 in ms.`,
  ].join('\n');
}

void runTool('eval', () => main(process.argv.slice(2)));
