import type { Consumer } from 'kafkajs';
import type { IncomingMessage, SubscribeOptions, Subscription } from '../event-bus.port';
import { translateKafkaErrors } from './kafka-errors';

/** Max wait for the first group join; a broker that is up answers in well under a second. */
const JOIN_TIMEOUT_MS = 60_000;

/**
 * Runs one kafkajs consumer for a subscription. kafkajs resolves an offset only after
 * `eachMessage` returned and commits resolved offsets after each batch (autoCommit), so an
 * offset is never committed for a message whose handler failed or was cut off by a crash.
 */
export async function startKafkaSubscription(consumer: Consumer, options: SubscribeOptions): Promise<Subscription> {
  await translateKafkaErrors('consumer connect', () => consumer.connect());
  await translateKafkaErrors('consumer subscribe', () =>
    consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? false }),
  );
  const joined = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`group ${options.groupId} did not join within ${JOIN_TIMEOUT_MS} ms`)), JOIN_TIMEOUT_MS);
    const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
      clearTimeout(timer);
      remove();
      resolve();
    });
  });
  await consumer.run({
    autoCommit: true,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 1,
    eachMessage: async ({ topic, partition, message }) => {
      const incoming: IncomingMessage = {
        topic,
        partition,
        offset: message.offset,
        key: message.key === null ? null : message.key.toString('utf8'),
        value: message.value ?? Buffer.alloc(0),
        headers: readHeaders(message.headers),
        timestamp: Number(message.timestamp),
      };
      await options.handler(incoming);
    },
  });
  await joined;
  return {
    seek: ({ topic, partition, offset }) => {
      consumer.seek({ topic, partition, offset });
      return Promise.resolve();
    },
    close: () => translateKafkaErrors('consumer disconnect', () => consumer.disconnect()),
  };
}

function readHeaders(headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    // A repeated header keeps its last value, as CloudEvents attributes are single-valued.
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) result[name] = last.toString();
  }
  return result;
}
