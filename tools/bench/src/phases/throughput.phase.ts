import type { BenchMessage, BenchSession } from '../runners/bench-target';
import type { Collector } from './collector';
import { benchMessage } from './messages';

export interface ThroughputFigures {
  /** Events from the first publish call to the last event's consumer handler, per second. */
  readonly eventsPerSec: number;
  /** The same in payload MiB/s (headers and keys not counted). */
  readonly mibPerSec: number;
  /** Events from the first publish call until the last publish resolved, per second. */
  readonly publishEventsPerSec: number;
  readonly wallMs: number;
  /** CPU time of this whole process (producer and consumer side) per event, µs. */
  readonly cpuUsPerEvent: number;
}

/**
 * Publishes `batch` events per call, each call awaited before the next (how a service uses
 * the port), as fast as that goes, while the consumer drains concurrently.
 */
export async function measureThroughput(
  session: BenchSession,
  collector: Collector,
  topic: string,
  value: Buffer,
  batch: number,
): Promise<ThroughputFigures> {
  const events = collector.expected;
  const cpuBefore = process.cpuUsage();
  const startedAtNs = process.hrtime.bigint();
  for (let first = 0; first < events; first += batch) {
    const messages: BenchMessage[] = [];
    for (let seq = first; seq < Math.min(first + batch, events); seq++) messages.push(benchMessage(topic, seq, value));
    await session.publish(messages);
  }
  const publishedAtNs = process.hrtime.bigint();
  await collector.until(() => collector.distinct === events);
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = Number(collector.lastReceivedAtNs - startedAtNs) / 1e6;
  const publishMs = Number(publishedAtNs - startedAtNs) / 1e6;
  return {
    eventsPerSec: events / (wallMs / 1000),
    mibPerSec: (events * value.length) / (1024 * 1024) / (wallMs / 1000),
    publishEventsPerSec: events / (publishMs / 1000),
    wallMs,
    cpuUsPerEvent: (cpu.user + cpu.system) / events,
  };
}
