import { InMemoryEventBus } from '@sagewire/messaging';
import { BENCH_PARTITIONS, type BenchTarget } from './bench-target';
import { eventBusTarget } from './event-bus-target';

/** The embedded-mode bus: the floor of what the port itself costs, with no network. */
export function inMemoryTarget(): BenchTarget {
  const bus = new InMemoryEventBus({ partitions: BENCH_PARTITIONS });
  return eventBusTarget('in-memory', bus, () => Promise.resolve());
}
