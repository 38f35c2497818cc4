import { kafkaBrokersFromEnv, runTsScript } from '@sagewire/testing';
import { childScript } from './children/child-script';
import type { EventBus } from '../lib/event-bus.port';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus.adapter';
import { silentLogger } from '../lib/logger';
import type { BusHarness } from './bus-harness';

/** Each client has its own producer and consumers, as separate service processes would. */
export function kafkaHarness(): Promise<BusHarness> {
  const brokers = kafkaBrokersFromEnv();
  const clients: EventBus[] = [];
  return Promise.resolve({
    client: () => {
      const client = new KafkaEventBus({ brokers, clientId: `behaviour-${clients.length}`, sessionTimeoutMs: 6_000, logger: silentLogger });
      clients.push(client);
      return client;
    },
    consumeThenDie: async ({ topic, groupId, schema, databaseUrl }) => {
      const exit = await runTsScript(childScript('crash-after-effect.child.ts'), {
        KAFKA_BROKERS: brokers.join(','), DATABASE_URL: databaseUrl, SCHEMA: schema, TOPIC: topic, GROUP_ID: groupId,
      });
      if (exit.signal !== 'SIGKILL' || !exit.stdout.includes('EFFECT_COMMITTED')) {
        throw new Error(`crash child did not die after its effect: ${JSON.stringify(exit)}`);
      }
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
    },
  });
}
