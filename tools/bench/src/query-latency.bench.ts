/**
 * Query latency as a customer sees it: HTTP + SSE against the embedded mode (one process) and
 * the distributed mode (eight processes over Kafka), with the gateway's /health/live as the
 * floor. Composition root: options and environment are read and validated here only. See
 * tools/bench/README.md.
 */
import * as path from 'node:path';
import { brokersFromEnv, UsageError } from './config';
import { machineInfo, MemoryWatch, type MachineInfo, type MemoryPeaks } from './machine';
import { formatNumber } from './report';
import { Cleanup, cleanUpOnSignal } from './query-latency/cleanup';
import { parseQueryCommandLine, USAGE, type Mode, type QueryBenchOptions } from './query-latency/config';
import { startDistributed } from './query-latency/distributed.target';
import { startEmbedded } from './query-latency/embedded.target';
import { GATEWAY_ENV } from './query-latency/gateway-env';
import type { ModeTarget } from './query-latency/mode-target';
import { QUESTIONS } from './query-latency/questions';
import { renderModeComparison, renderPhaseTable } from './query-latency/report';
import { writeResults } from './results';
import { runMode, type ModeRun } from './query-latency/run-mode';
import { summarizeMode, type ModeSummary } from './query-latency/summary';
import { BENCH_LOG_ROOT } from './query-latency/workspace';
import { runTool } from '@sagewire/cli-kit';

// The services' kafkajs producers use the default partitioner on purpose; its v2 notice is noise here.
process.env['KAFKAJS_NO_PARTITIONER_WARNING'] ??= '1';

interface ModeResult {
  readonly mode: Mode;
  readonly target?: ModeTarget;
  readonly run?: ModeRun;
  readonly summary?: ModeSummary;
  readonly error?: string;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: QueryBenchOptions;
  let envBrokers: string[] | undefined;
  try {
    const command = parseQueryCommandLine(argv);
    if (command.kind === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    options = command.options;
    envBrokers = options.modes.includes('distributed') ? brokersFromEnv(process.env) : undefined;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const startedAt = new Date();
  const machine = machineInfo();
  const memory = new MemoryWatch();
  const cleanup = new Cleanup();
  const abort = new AbortController();
  const stopListening = cleanUpOnSignal(cleanup, abort);
  const logDir = path.join(BENCH_LOG_ROOT, `query-latency-${startedAt.toISOString().replace(/[:.]/g, '-')}`);
  const results: ModeResult[] = [];
  try {
    // One mode at a time, each stopped before the next starts: on two cores an idle second
    // platform (eight processes polling Kafka) would slow the one being measured.
    for (const mode of options.modes) {
      if (abort.signal.aborted) break;
      const modeCleanup = new Cleanup();
      cleanup.add(`stop the ${mode} mode`, () => modeCleanup.run());
      try {
        const target = mode === 'embedded' ? await startEmbedded(modeCleanup, GATEWAY_ENV, logDir) : await startDistributed(modeCleanup, envBrokers, GATEWAY_ENV);
        const run = await runMode(target, options, abort.signal);
        results.push({ mode, target, run, summary: summarizeMode(target, run) });
      } catch (error) {
        if (abort.signal.aborted) break; // a failure caused by stopping, not a finding
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`bench: the ${mode} mode failed: ${message}\n`);
        results.push({ mode, error: message });
      } finally {
        await modeCleanup.run();
      }
    }
  } finally {
    await cleanup.run();
    stopListening();
  }
  if (abort.signal.aborted) return 130;

  const peaks = memory.stop();
  const finishedAt = new Date();
  const durationMs = finishedAt.getTime() - startedAt.getTime();
  const summaries = results.flatMap((r) => (r.summary ? [r.summary] : []));
  const document = {
    benchmark: 'query-latency',
    startedAt: startedAt.toISOString(),
    durationMs,
    options,
    machine,
    benchProcessMemory: peaks,
    gatewayEnv: GATEWAY_ENV,
    questions: QUESTIONS.map((q) => ({ id: q.id, language: q.language, text: q.text, fact: q.fact.source })),
    modes: Object.fromEntries(
      results.map((r) => [
        r.mode,
        r.error !== undefined
          ? { error: r.error }
          : { summary: r.summary, target: { baseUrl: r.target?.baseUrl, startupMs: r.target?.startupMs, ...r.target?.details }, ...r.run },
      ]),
    ),
  };
  const file = writeResults('query-latency', startedAt, document);
  const tables = summaries.map(renderPhaseTable);
  if (summaries.length > 0) tables.push(renderModeComparison(summaries));
  const failures = results.filter((r) => r.error !== undefined).map((r) => `${r.mode} FAILED: ${r.error}`);
  process.stdout.write(`${[header(options, machine, peaks, durationMs), ...tables, footer(file, failures)].join('\n\n')}\n`);
  return failures.length > 0 ? 1 : 0;
}

function header(options: QueryBenchOptions, machine: MachineInfo, peaks: MemoryPeaks, durationMs: number): string {
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  return [
    `query-latency: per mode ${options.questions} SSE + ${options.json} JSON questions (after ${options.warmup} + ${options.warmup > 0 && options.json > 0 ? 1 : 0} warm-up), concurrency ${options.concurrency}, modes ${options.modes.join(',')}`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${mib(machine.totalMemoryBytes)} RAM, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}${machine.gitCommit ? `, commit ${machine.gitCommit}` : ''}`,
    `bench process: peak RSS ${mib(peaks.peakRssBytes)}; took ${formatNumber(durationMs / 1000)} s`,
  ].join('\n');
}

function footer(file: string, failures: readonly string[]): string {
  return [
    'Times: ms from sending the request, per question (fresh customer and conversation each). The floor is one GET /health/live before each question.',
    'RSS: VmRSS summed over the mode\'s processes (embedded: 1, distributed: 8; the Kafka broker and PostgreSQL are not counted), before the warm-up and after the last question.',
    ...failures,
    `JSON: ${file}`,
  ].join('\n');
}

void runTool('bench', () => main(process.argv.slice(2)));
