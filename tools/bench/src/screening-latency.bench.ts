/**
 * Screening latency: what the guardrails' pure screening functions cost per message, per
 * streamed sentence and per answer, timed call by call in this process on StackFAQ text.
 * Composition root: options are read here only. See tools/bench/README.md.
 */
import { machineInfo, type MachineInfo } from './machine';
import { formatNumber } from './report';
import { writeResults } from './results';
import { parseScreeningCommandLine, USAGE, DEFAULT_ANSWERS, type ScreeningBenchOptions } from './screening-latency/config';
import { screeningInputs } from './screening-latency/inputs';
import { screeningOperations } from './screening-latency/operations';
import { renderAnswerTable, renderOperationTable } from './screening-latency/report';
import { runRounds } from './screening-latency/rounds';
import { readThreads } from './screening-latency/stackfaq-threads';
import { answerCost, summarize } from './screening-latency/summary';
import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';

function main(argv: readonly string[]): number {
  const options = optionsOrExitCode<ScreeningBenchOptions>(() => parseScreeningCommandLine(argv), USAGE);
  if (typeof options === 'number') return options;

  const startedAt = new Date();
  const machine = machineInfo();
  const inputs = screeningInputs(readThreads(), options.seed, options.limit, Math.min(options.limit ?? DEFAULT_ANSWERS, DEFAULT_ANSWERS));
  const operations = screeningOperations(inputs);
  const { warmUp, measured } = runRounds(operations, options.rounds);
  const summaries = summarize(operations, measured);
  const answerIds = operations.filter((o) => o.group.startsWith('answer'));
  const [split, stream, whole] = ['stream-split', 'stream-screen', 'whole-screen'].map((name) => answerIds.find((o) => o.id.endsWith(`/${name}`))!.id);
  const cost = answerCost(measured, { split: split!, stream: stream!, whole: whole! });
  const sentencesPerAnswer = measured[0]!.find((r) => r.id === split)!.checksum / inputs.answers.length;
  const gcOn = typeof (globalThis as { gc?: unknown }).gc === 'function';

  const durationMs = Date.now() - startedAt.getTime();
  const file = writeResults('screening-latency', startedAt, {
    benchmark: 'screening-latency', startedAt: startedAt.toISOString(), durationMs, options, machine, gcBetweenOperations: gcOn,
    inputs: { messages: inputs.messages.length, piiMessages: inputs.piiMessages.length, sentences: inputs.sentences.length, answers: inputs.answers.length, sentencesPerAnswer },
    summaries, answerCost: cost, warmUp, rounds: measured,
  });
  process.stdout.write(`${[header(options, machine, durationMs, inputs.answers.length), renderOperationTable(summaries), renderAnswerTable(cost, sentencesPerAnswer), footer(gcOn, file)].join('\n\n')}\n`);
  return 0;
}

function header(options: ScreeningBenchOptions, machine: MachineInfo, durationMs: number, answers: number): string {
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  return [
    `screening-latency: StackFAQ questions, answer sentences and ${answers} composed answers (seed ${options.seed}${options.limit ? `, limit ${options.limit}` : ''}); 1 warm-up + ${options.rounds} rounds, default policies`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${mib(machine.totalMemoryBytes)} RAM, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}${machine.gitCommit ? `, commit ${machine.gitCommit}` : ''}; took ${formatNumber(durationMs / 1000)} s`,
  ].join('\n');
}

function footer(gcOn: boolean, file: string): string {
  return [
    'Cells: each round\'s percentile of the calls (linear interpolation), then the median (min–max) across rounds; ops/s = calls per second of timed work on one core.',
    'p50 − baseline p50: per round, then across rounds; the baseline is the guardrails\' sentence splitter alone on the same texts.',
    'The stream screens each sentence against the passages its first chunk carried (the grounded per-sentence row; passage terms are computed once per answer), and without them when that chunk was lost (the no-passages row); the whole answer is judged again.',
    `Collections: ${gcOn ? 'a full GC before each operation of each round' : 'NOT forced between operations (run with node --expose-gc, as npm run bench:screening does)'}.`,
    `JSON: ${file}`,
  ].join('\n');
}

void runTool('bench', () => main(process.argv.slice(2)));
