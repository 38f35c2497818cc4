import { Kafka, logLevel } from 'kafkajs';
import { KafkaEventBus, jsonLogger } from '@sagewire/messaging';
import { BENCH_PARTITIONS, type BenchTarget } from './bench-target';
import { eventBusTarget } from './event-bus-target';
import { deleteByName } from './kafka-cleanup';

/** Sagewire's Kafka adapter, through the port, with its production settings. */
export function kafkaTarget(brokers: readonly string[]): BenchTarget {
  const bus = new KafkaEventBus({
    brokers,
    clientId: 'sagewire-bench',
    partitions: BENCH_PARTITIONS,
    replicationFactor: 1,
    logger: jsonLogger('bench-kafka', 'warn'),
  });
  const topics: string[] = [];
  const groups: string[] = [];
  const target = eventBusTarget('kafka', bus, async () => {
    // The port deliberately has no "delete topic"; the bench cleans up with a bare admin.
    const admin = new Kafka({ clientId: 'sagewire-bench-cleanup', brokers: [...brokers], logLevel: logLevel.WARN }).admin();
    await admin.connect();
    try {
      await deleteByName(admin, topics, groups);
    } finally {
      await admin.disconnect();
    }
  });
  return {
    ...target,
    open: (topic, groupId, onMessage) => {
      topics.push(topic);
      groups.push(groupId);
      return target.open(topic, groupId, onMessage);
    },
  };
}
