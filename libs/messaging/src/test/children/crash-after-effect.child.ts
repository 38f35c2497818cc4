/**
 * A consumer process that applies its effect (inbox + effect committed in PostgreSQL) and then
 * dies with SIGKILL before kafkajs can commit the offset: the "killed before committing" case.
 * Env: KAFKA_BROKERS, DATABASE_URL, SCHEMA, TOPIC, GROUP_ID.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { KafkaEventBus } from '../../lib/kafka/kafka-event-bus.adapter';
import { silentLogger } from '../../lib/logger';
import { applyEffectOnce } from '../effects';

async function main(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const schema = env('SCHEMA');
  const groupId = env('GROUP_ID');
  const dataSource = await new DataSource({ type: 'postgres', url: env('DATABASE_URL') }).initialize();
  // The smallest session timeout the broker allows, so the survivor's rebalance is quick.
  const bus = new KafkaEventBus({ brokers: env('KAFKA_BROKERS').split(','), clientId: 'crash-child', sessionTimeoutMs: 6_000, logger: silentLogger });
  await bus.subscribe({
    groupId,
    topics: [env('TOPIC')],
    fromBeginning: true,
    handler: async (message) => {
      await applyEffectOnce(dataSource, schema, groupId, message);
      // The callback fires once the marker is flushed, so the parent always sees it.
      process.stdout.write('EFFECT_COMMITTED\n', () => process.kill(process.pid, 'SIGKILL'));
      await new Promise<never>(() => undefined);
    },
  });
  process.stdout.write('SUBSCRIBED\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
