/**
 * EventBus benchmark: publish->consume latency and throughput of the in-memory bus, the Kafka
 * adapter and bare kafkajs (the baseline). Composition root: options and environment are read
 * and validated here only. See tools/bench/README.md.
 */
import { acquireBroker, type BrokerHandle } from './broker';
import { brokersFromEnv, KAFKA_ADAPTERS, parseCommandLine, USAGE, UsageError, type AdapterName, type BenchOptions } from './config';
import { machineInfo, MemoryWatch, type MachineInfo, type MemoryPeaks } from './machine';
import { formatNumber, renderTable, summarize, type Summary } from './report';
import { writeResults } from './results';
import { runPlan, type PlanResult } from './run-plan';
import type { BenchTarget } from './runners/bench-target';
import { inMemoryTarget } from './runners/in-memory.runner';
import { kafkaTarget } from './runners/kafka.runner';
import { kafkajsRawTarget } from './runners/kafkajs-raw.runner';
import { runTool } from '@sagewire/cli-kit';

// Both Kafka targets use kafkajs' default (murmur2) partitioner on purpose; its v2 notice is noise here.
process.env['KAFKAJS_NO_PARTITIONER_WARNING'] ??= '1';

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  let envBrokers: string[] | undefined;
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    options = command.options;
    envBrokers = brokersFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const startedAt = new Date();
  const machine = machineInfo();
  const memory = new MemoryWatch();
  const needsKafka = options.adapters.some((a) => KAFKA_ADAPTERS.includes(a));
  const broker = needsKafka ? await acquireBroker(envBrokers) : undefined;
  releaseOnSignal(broker);
  let plan: PlanResult;
  try {
    const targets = await openTargets(options.adapters, broker?.brokers ?? []);
    try {
      plan = await runPlan(targets, options);
    } finally {
      for (const target of targets) await target.close();
    }
  } finally {
    await broker?.release();
  }

  const peaks = memory.stop();
  const summaries = new Map([...plan.measured].map(([adapter, runs]) => [adapter, summarize(runs)]));
  const finishedAt = new Date();
  const document = {
    benchmark: 'bus-latency',
    startedAt: startedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    options,
    machine,
    memory: peaks,
    broker: broker && { brokers: broker.brokers, startedByBench: broker.startedByBench },
    adapters: Object.fromEntries(
      [...plan.measured].map(([adapter, runs]) => [adapter, { summary: summaries.get(adapter), runs, warmUp: plan.warmUps.get(adapter) }]),
    ),
  };
  const path = writeResults('bus-latency', startedAt, document);
  process.stdout.write(`${header(options, machine, peaks, broker, finishedAt.getTime() - startedAt.getTime())}\n\n${renderTable(summaries)}\n\n${footer(summaries, options, path)}\n`);
  return 0;
}

async function openTargets(adapters: readonly AdapterName[], brokers: readonly string[]): Promise<BenchTarget[]> {
  const targets: BenchTarget[] = [];
  for (const adapter of adapters) {
    if (adapter === 'in-memory') targets.push(inMemoryTarget());
    else if (adapter === 'kafka') targets.push(kafkaTarget(brokers));
    else targets.push(await kafkajsRawTarget(brokers));
  }
  return targets;
}

/** Ctrl-C must not leave behind a broker this process started. */
function releaseOnSignal(broker: BrokerHandle | undefined): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    process.stderr.write(`\nbench: ${signal}, stopping\n`);
    void (broker?.release() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

function header(options: BenchOptions, machine: MachineInfo, peaks: MemoryPeaks, broker: BrokerHandle | undefined, durationMs: number): string {
  const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;
  return [
    `bus-latency: ${options.runs} runs (+1 warm-up) x ${options.events} events of ${options.size} B; throughput batches of ${options.batch}`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${mib(machine.totalMemoryBytes)} RAM, node ${machine.node}, kafkajs ${machine.kafkajs}, load ${machine.loadAverageAtStart.join(' ')}`,
    broker ? `broker: ${broker.brokers.join(',')} (${broker.startedByBench ? 'started and stopped by the bench' : 'already running, left running'})` : 'broker: not used',
    `bench process: peak RSS ${mib(peaks.peakRssBytes)}, peak heap used ${mib(peaks.peakHeapUsedBytes)}; took ${formatNumber(durationMs / 1000)} s`,
  ].join('\n');
}

function footer(summaries: ReadonlyMap<AdapterName, Summary>, options: BenchOptions, path: string): string {
  return [
    `Cells: median of ${options.runs} runs (min–max across runs). Latency: one event in flight; throughput: first publish to last consume.`,
    summaries.has('kafka') && summaries.has('kafkajs-raw') ? 'kafka vs raw: the adapter\'s median relative to bare kafkajs (positive = larger).' : '',
    `JSON: ${path}`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

void runTool('bench', () => main(process.argv.slice(2)));
