import { InMemoryEventBus, type InMemorySubscription } from '../lib/in-memory/in-memory-event-bus.adapter';
import type { BusHarness } from './bus-harness';
import { applyEffectOnce } from './effects';

/** All clients share one bus: in embedded mode the whole platform is one process. */
export function inMemoryHarness(): Promise<BusHarness> {
  const bus = new InMemoryEventBus({ partitions: 3, redeliveryDelayMs: 10 });
  return Promise.resolve({
    client: () => bus,
    consumeThenDie: async ({ topic, groupId, schema, dataSource }) => {
      let died!: () => void;
      const effectCommitted = new Promise<void>((resolve) => (died = resolve));
      const doomed: InMemorySubscription = await bus.subscribe({
        groupId,
        topics: [topic],
        fromBeginning: true,
        handler: async (message) => {
          await applyEffectOnce(dataSource, schema, groupId, message);
          died();
          // The process "dies" here: the handler never returns, so nothing is committed.
          await new Promise<never>(() => undefined);
        },
      });
      await effectCommitted;
      await doomed.crash();
    },
    close: () => bus.close(),
  });
}
