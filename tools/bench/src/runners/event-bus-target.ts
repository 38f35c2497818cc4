import type { EventBus } from '@sagewire/messaging';
import type { AdapterName } from '../config';
import { SENT_AT_HEADER, SEQ_HEADER, type BenchTarget } from './bench-target';

/** Measures a bus through the EventBus port only, exactly as a service uses it. */
export function eventBusTarget(adapter: AdapterName, bus: EventBus, cleanup: () => Promise<void>): BenchTarget {
  return {
    adapter,
    open: async (topic, groupId, onMessage) => {
      const subscription = await bus.subscribe({
        groupId,
        topics: [topic],
        fromBeginning: true,
        handler: (message) => {
          const receivedAtNs = process.hrtime.bigint();
          onMessage(receivedAtNs, message.headers[SEQ_HEADER], message.headers[SENT_AT_HEADER]);
          return Promise.resolve();
        },
      });
      return {
        publish: (messages) => bus.publish(messages),
        close: () => subscription.close(),
      };
    },
    close: async () => {
      await bus.close();
      await cleanup();
    },
  };
}
