/**
 * First-token latency: what the platform adds to a model's first sentence and to its whole
 * answer, with a local Bedrock set to a fixed first-token and chunk delay. The embedded mode
 * answers each question over HTTP + SSE; the same model call, sent again straight from this
 * process with the AWS SDK, is the baseline. Composition root: options are read here only.
 * See tools/bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { startLocalBedrock } from '@sagewire/bedrock-local';
import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { machineInfo, type MachineInfo } from './machine';
import { formatNumber } from './report';
import { writeResults } from './results';
import { Cleanup, cleanUpOnSignal } from './query-latency/cleanup';
import { startEmbedded } from './query-latency/embedded.target';
import type { ModeTarget } from './query-latency/mode-target';
import { BENCH_LOG_ROOT } from './query-latency/workspace';
import { parseFirstTokenCommandLine, USAGE, type FirstTokenOptions } from './first-token/config';
import { createDirectClient } from './first-token/direct-stream';
import { BENCH_MODEL_ID, platformEnv } from './first-token/platform-env';
import { questionPlan } from './first-token/questions';
import { renderChecks, renderSampleTable, renderSummaryTable } from './first-token/report';
import { runPairs, type PairSample } from './first-token/run-pairs';
import { summarize } from './first-token/summary';

interface Run {
  readonly target: ModeTarget;
  readonly env: Readonly<Record<string, string>>;
  readonly warmUp: PairSample[];
  readonly measured: PairSample[];
  readonly modelCalls: number;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = optionsOrExitCode<FirstTokenOptions>(() => parseFirstTokenCommandLine(argv), USAGE);
  if (typeof options === 'number') return options;

  const startedAt = new Date();
  const machine = machineInfo();
  const cleanup = new Cleanup();
  const abort = new AbortController();
  const stopListening = cleanUpOnSignal(cleanup, abort);
  const logDir = path.join(BENCH_LOG_ROOT, `first-token-${startedAt.toISOString().replace(/[:.]/g, '-')}`);
  const questions = questionPlan(options.questions, options.warmup);
  let run: Run;
  try {
    const bedrock = await startLocalBedrock();
    cleanup.add('stop the local Bedrock', () => bedrock.close());
    bedrock.script.setFirstTokenDelay(options.firstTokenDelayMs).setChunkDelay(options.chunkDelayMs);
    const client = createDirectClient(bedrock.url);
    cleanup.add('close the SDK client', () => Promise.resolve(client.destroy()));
    const env = platformEnv(bedrock.url);
    const target = await startEmbedded(cleanup, env, logDir);
    const context = { target, bedrock, client, modelId: BENCH_MODEL_ID, abort: abort.signal };
    const warmUp = await runPairs(context, questions.warmUp, 'first-token warm-up');
    if (warmUp.length > 0 && warmUp.every((s) => s.problem !== undefined)) {
      throw new Error(`every warm-up question failed; the first: ${warmUp[0]!.problem!.kind}: ${warmUp[0]!.problem!.detail}`);
    }
    const measured = await runPairs(context, questions.measured, 'first-token questions');
    run = { target, env, warmUp, measured, modelCalls: bedrock.requests.length };
  } catch (error) {
    if (!abort.signal.aborted) process.stderr.write(`bench: first-token failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return abort.signal.aborted ? 130 : 1;
  } finally {
    await cleanup.run();
    stopListening();
  }

  const durationMs = Date.now() - startedAt.getTime();
  // Other work on a 2-core box moves these figures; the load at the end says whether some came during the run.
  const loadAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  const summary = summarize(run.measured);
  const document = {
    benchmark: 'first-token',
    startedAt: startedAt.toISOString(),
    durationMs,
    options,
    machine,
    loadAverageAtEnd: loadAtEnd,
    model: BENCH_MODEL_ID,
    // The local credentials are placeholders, but a results file is no place for keys of any kind.
    platformEnv: Object.fromEntries(Object.entries(run.env).filter(([name]) => !name.startsWith('AWS_'))),
    target: { baseUrl: run.target.baseUrl, startupMs: run.target.startupMs, ...run.target.details },
    modelCallsLogged: run.modelCalls,
    summary,
    warmUp: run.warmUp,
    samples: run.measured,
  };
  const file = writeResults('first-token', startedAt, document);
  if (options.json !== undefined) {
    mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(document, null, 2)}\n`);
  }
  const tables = [renderSampleTable(run.measured), renderSummaryTable(summary), renderChecks(summary)];
  process.stdout.write(`${[header(options, machine, run, durationMs, loadAtEnd), ...tables, footer(file, options.json)].join('\n\n')}\n`);
  return summary.counted > 0 ? 0 : 1;
}

function header(options: FirstTokenOptions, machine: MachineInfo, run: Run, durationMs: number, loadAtEnd: readonly number[]): string {
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  return [
    `first-token: local Bedrock with first-token delay ${options.firstTokenDelayMs} ms and chunk delay ${options.chunkDelayMs} ms (model ${BENCH_MODEL_ID}); ${options.questions} questions after ${options.warmup} warm-up; embedded mode, response cache off`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${mib(machine.totalMemoryBytes)} RAM, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')} at start, ${loadAtEnd.join(' ')} at end${machine.gitCommit ? `, commit ${machine.gitCommit}` : ''}`,
    `embedded start until demo KB active: ${formatNumber(run.target.startupMs / 1000)} s; model calls logged: ${run.modelCalls}; took ${formatNumber(durationMs / 1000)} s`,
  ].join('\n');
}

function footer(file: string, extra: string | undefined): string {
  return [
    'Per question: the platform answers (ms from sending the question: p.call = its model call reaches the local Bedrock, p.chunk = first SSE chunk, p.done = done),',
    'then the same model call is sent again from this process with the AWS SDK (ms from send: b.token = first text delta, b.sentence = the delta that ends the first sentence, b.end = end of stream).',
    'ADDED = platform − baseline within each pair, then percentiles: first chunk vs first sentence (the platform shows nothing before a sentence is screened), done vs end of stream.',
    'The indented rows split ADDED: before = p.call − the baseline call\'s own arrival; after = the rest.',
    `JSON: ${file}${extra === undefined ? '' : ` and ${extra}`}`,
  ].join('\n');
}

void runTool('bench', () => main(process.argv.slice(2)));
