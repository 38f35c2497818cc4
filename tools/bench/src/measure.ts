import type { BenchOptions } from './config';
import { Collector } from './phases/collector';
import { measureLatency, type LatencyFigures } from './phases/latency.phase';
import { measureThroughput, type ThroughputFigures } from './phases/throughput.phase';
import { ProgressBar } from './progress';
import type { BenchTarget } from './runners/bench-target';

export type Phase = 'latency' | 'throughput';

/** What one run costs around the measurement itself; kept in the JSON, not in the table. */
export interface RunOverhead {
  /** open(): create the topic, join the group, get the partitions. */
  readonly setupMs: number;
  /** Leaving the group. */
  readonly closeMs: number;
  readonly duplicates: number;
  readonly foreign: number;
}

export type LatencyRun = LatencyFigures & RunOverhead;
export type ThroughputRun = ThroughputFigures & RunOverhead;

export interface RunSpec {
  readonly topic: string;
  readonly groupId: string;
  readonly label: string;
  readonly value: Buffer;
}

export function measureLatencyRun(target: BenchTarget, spec: RunSpec, options: BenchOptions): Promise<LatencyRun> {
  return measureRun(target, spec, options, (session, collector) => measureLatency(session, collector, spec.topic, spec.value), (f) =>
    `p50 ${f.endToEnd.p50.toFixed(3)} ms, p99 ${f.endToEnd.p99.toFixed(3)} ms`,
  );
}

export function measureThroughputRun(target: BenchTarget, spec: RunSpec, options: BenchOptions): Promise<ThroughputRun> {
  return measureRun(
    target,
    spec,
    options,
    (session, collector) => measureThroughput(session, collector, spec.topic, spec.value, options.batch),
    (f) => `${Math.round(f.eventsPerSec)} events/s`,
  );
}

/** Fresh topic and group, the phase itself, then leave: nothing carries over between runs. */
async function measureRun<F>(
  target: BenchTarget,
  spec: RunSpec,
  options: BenchOptions,
  phase: (session: Awaited<ReturnType<BenchTarget['open']>>, collector: Collector) => Promise<F>,
  note: (figures: F) => string,
): Promise<F & RunOverhead> {
  const collector = new Collector(options.events);
  const setupStart = performance.now();
  const session = await target.open(spec.topic, spec.groupId, collector.record);
  const setupMs = performance.now() - setupStart;
  const bar = new ProgressBar(spec.label, options.events, () => collector.distinct);
  const stopWatch = collector.watchForStall(spec.label);
  let figures: F;
  try {
    figures = await phase(session, collector);
  } catch (error) {
    bar.finish('failed');
    // Best effort, so the consumer does not outlive the run; the phase's error is the one reported.
    await session.close().catch(() => undefined);
    throw error;
  } finally {
    stopWatch();
  }
  bar.finish(note(figures));
  const closeStart = performance.now();
  await session.close();
  const closeMs = performance.now() - closeStart;
  return { ...figures, setupMs, closeMs, duplicates: collector.duplicates, foreign: collector.foreign };
}
