import { distribution, type Distribution } from '../stats';
import type { BenchSession } from '../runners/bench-target';
import type { Collector } from './collector';
import { benchMessage } from './messages';

export interface LatencyFigures {
  /** Publish call -> consumer handler, ms. */
  readonly endToEnd: Distribution;
  /** Publish call -> publish resolved (the broker's ack from all in-sync replicas), ms. */
  readonly publishAck: Distribution;
  readonly wallMs: number;
  /** CPU time of this whole process (producer and consumer side) per event, µs. */
  readonly cpuUsPerEvent: number;
}

/**
 * Closed loop, one event in flight: publish, await the ack, await the consumer, then the next.
 * Nothing ever waits behind another event, so the figure is the bus's latency, not queueing.
 */
export async function measureLatency(session: BenchSession, collector: Collector, topic: string, value: Buffer): Promise<LatencyFigures> {
  const events = collector.expected;
  const publishAckMs = new Float64Array(events);
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  for (let seq = 0; seq < events; seq++) {
    const message = benchMessage(topic, seq, value);
    const before = performance.now();
    await session.publish([message]);
    publishAckMs[seq] = performance.now() - before;
    await collector.until(() => collector.has(seq));
  }
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    endToEnd: distribution(collector.latencyMs),
    publishAck: distribution(publishAckMs),
    wallMs,
    cpuUsPerEvent: (cpu.user + cpu.system) / events,
  };
}
