import { Kafka, Partitioners, logLevel, type Consumer, type IHeaders } from 'kafkajs';
import { SENT_AT_HEADER, SEQ_HEADER, BENCH_PARTITIONS, type BenchTarget } from './bench-target';
import { deleteByName } from './kafka-cleanup';

const JOIN_TIMEOUT_MS = 60_000;

/**
 * The baseline: bare kafkajs as its documentation shows it, with the guarantees the adapter
 * promises (idempotent producer, acks from all in-sync replicas) and otherwise client defaults:
 * `producer.send`, one consumer per group, `eachMessage`, auto-commit. The gap between this
 * and `kafka` is what the adapter adds.
 */
export async function kafkajsRawTarget(brokers: readonly string[]): Promise<BenchTarget> {
  const kafka = new Kafka({ clientId: 'sagewire-bench-raw', brokers: [...brokers], logLevel: logLevel.WARN });
  const admin = kafka.admin();
  // The explicit partitioner is kafkajs' default (murmur2, as the adapter uses); naming it only silences its v2 notice.
  const producer = kafka.producer({ idempotent: true, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  await admin.connect();
  await producer.connect();
  const topics: string[] = [];
  const groups: string[] = [];
  return {
    adapter: 'kafkajs-raw',
    open: async (topic, groupId, onMessage) => {
      topics.push(topic);
      groups.push(groupId);
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: BENCH_PARTITIONS, replicationFactor: 1 }] });
      const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const joined = groupJoined(consumer, groupId);
      await consumer.run({
        eachMessage: ({ message }) => {
          const receivedAtNs = process.hrtime.bigint();
          onMessage(receivedAtNs, headerText(message.headers, SEQ_HEADER), headerText(message.headers, SENT_AT_HEADER));
          return Promise.resolve();
        },
      });
      await joined;
      return {
        publish: async (messages) => {
          await producer.send({ topic, acks: -1, messages });
        },
        close: () => consumer.disconnect(),
      };
    },
    close: async () => {
      await producer.disconnect();
      await deleteByName(admin, topics, groups);
      await admin.disconnect();
    },
  };
}

function groupJoined(consumer: Consumer, groupId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`group ${groupId} did not join within ${JOIN_TIMEOUT_MS} ms`)), JOIN_TIMEOUT_MS);
    const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
      clearTimeout(timer);
      remove();
      resolve();
    });
  });
}

function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return value === undefined || Array.isArray(value) ? undefined : value.toString();
}
