import { AppError, describeError } from '@sagewire/errors';
import { Kafka, logLevel, type Admin, type Consumer, type KafkaConfig, type Producer } from 'kafkajs';
import { backoffDelay, type RetryPolicy } from '../consumer/retry-policy';
import type { EventBus, OutgoingMessage, ReplayPosition, SubscribeOptions, Subscription } from '../event-bus.port';
import { jsonLogger, type MessagingLogger } from '../logger';
import { translateKafkaErrors } from './kafka-errors';
import { kafkaLogCreator } from './kafka-log';
import { startKafkaSubscription } from './kafka-subscription';

export interface KafkaEventBusOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Partitions for topics this bus creates. */
  readonly partitions?: number;
  readonly replicationFactor?: number;
  /** TLS with the system's trusted CAs (managed Kafka services). */
  readonly ssl?: boolean;
  readonly sasl?: KafkaConfig['sasl'];
  readonly sessionTimeoutMs?: number;
  readonly logger?: MessagingLogger;
}

export const DEFAULT_KAFKA_PARTITIONS = 3;
const SUBSCRIBE_ATTEMPTS = 10;
const SUBSCRIBE_BACKOFF: RetryPolicy = { maxAttempts: SUBSCRIBE_ATTEMPTS, initialDelayMs: 250, maxDelayMs: 5_000 };

/**
 * EventBus over Apache Kafka with kafkajs: an idempotent producer (acks from all in-sync
 * replicas, one request in flight, so retries neither duplicate nor reorder a partition),
 * one consumer per subscription, topics created on first use.
 */
export class KafkaEventBus implements EventBus {
  private readonly kafka: Kafka;
  private producer: Promise<Producer> | undefined;
  private admin: Promise<Admin> | undefined;
  private readonly consumers = new Set<Consumer>();
  private readonly knownTopics = new Set<string>();
  private readonly logger: MessagingLogger;

  constructor(private readonly options: KafkaEventBusOptions) {
    this.logger = options.logger ?? jsonLogger('kafka', 'warn');
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      ...(options.ssl === undefined ? {} : { ssl: options.ssl }),
      ...(options.sasl === undefined ? {} : { sasl: options.sasl }),
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
    });
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([...new Set(messages.map((m) => m.topic))]);
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, { key: string; value: Buffer; headers: Record<string, string> }[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic) ?? [];
      list.push({ key: m.key, value: m.value, headers: { ...m.headers } });
      byTopic.set(m.topic, list);
    }
    await translateKafkaErrors('publish', () =>
      producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs })) }),
    );
  }

  /**
   * Joins the group. Retriable failures are retried with backoff: when several services start
   * at once and create the same topics, a broker may briefly answer that it hosts no such
   * partition until the new topics' metadata has spread.
   */
  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.subscribeOnce(options);
      } catch (error) {
        const retriable = error instanceof AppError && error.retriable;
        if (!retriable || attempt >= SUBSCRIBE_ATTEMPTS) throw error;
        const delayMs = backoffDelay(SUBSCRIBE_BACKOFF, attempt);
        this.logger.warn('consumer subscribe failed; retrying', { groupId: options.groupId, attempt, delayMs, ...describeError(error) });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  private async subscribeOnce(options: SubscribeOptions): Promise<Subscription> {
    await this.ensureTopics(options.topics);
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: 3_000,
      allowAutoTopicCreation: false,
    });
    this.consumers.add(consumer);
    let subscription: Subscription;
    try {
      subscription = await startKafkaSubscription(consumer, options);
    } catch (error) {
      this.consumers.delete(consumer);
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    return {
      seek: (position) => subscription.seek(position),
      close: async () => {
        this.consumers.delete(consumer);
        await subscription.close();
      },
    };
  }

  async resetOffsets(groupId: string, topic: string, position: ReplayPosition): Promise<void> {
    const admin = await this.connectedAdmin();
    await translateKafkaErrors('reset offsets', async () => {
      if (position.kind === 'earliest') return admin.resetOffsets({ groupId, topic, earliest: true });
      const partitions =
        position.kind === 'timestamp'
          ? await admin.fetchTopicOffsetsByTimestamp(topic, position.timestamp)
          : position.offsets.map((o) => ({ partition: o.partition, offset: o.offset }));
      return admin.setOffsets({ groupId, topic, partitions });
    });
  }

  async ensureTopics(topics: readonly string[]): Promise<void> {
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length === 0) return;
    const admin = await this.connectedAdmin();
    await translateKafkaErrors('create topics', () =>
      admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: this.options.partitions ?? DEFAULT_KAFKA_PARTITIONS,
          replicationFactor: this.options.replicationFactor ?? 1,
        })),
      }),
    );
    missing.forEach((t) => this.knownTopics.add(t));
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    const [producer, admin] = [this.producer, this.admin];
    this.producer = undefined;
    this.admin = undefined;
    await Promise.all([producer?.then((p) => p.disconnect()), admin?.then((a) => a.disconnect())]);
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= this.connect(this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false }), 'producer');
    return this.producer;
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= this.connect(this.kafka.admin(), 'admin');
    return this.admin;
  }

  /** A failed connect is forgotten so the next call tries again instead of reusing the rejection. */
  private connect<T extends Producer | Admin>(client: T, role: 'producer' | 'admin'): Promise<T> {
    const connecting = translateKafkaErrors(`${role} connect`, () => client.connect()).then(() => client);
    connecting.catch(() => {
      if (role === 'producer') this.producer = undefined;
      else this.admin = undefined;
    });
    return connecting;
  }
}
