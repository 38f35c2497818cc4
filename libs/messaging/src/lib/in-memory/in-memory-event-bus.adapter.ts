import { AppError } from '@sagewire/errors';
import type {
  EventBus,
  OutgoingMessage,
  ReplayPosition,
  SubscribeOptions,
  Subscription,
  TopicPartitionOffset,
} from '../event-bus.port';
import { ConsumerGroup, GroupMember } from './consumer-group';
import { partitionForKey } from './murmur2';
import { PartitionLog } from './partition-log';

export interface InMemoryEventBusOptions {
  /** Partitions per topic, as `num.partitions` on a broker. */
  readonly partitions?: number;
  /** Pause before redelivering a message whose handler rejected. */
  readonly redeliveryDelayMs?: number;
  readonly now?: () => number;
}

/** A subscription of the in-memory bus; `crash()` simulates a process dying mid-handler. */
export interface InMemorySubscription extends Subscription {
  crash(): Promise<void>;
}

export const DEFAULT_IN_MEMORY_PARTITIONS = 3;

/**
 * The embedded-mode bus: the same semantics as Kafka (partitions by key, consumer groups,
 * commit after success, seek and replay), in one process, kept only in memory.
 */
export class InMemoryEventBus implements EventBus {
  private readonly topics = new Map<string, PartitionLog[]>();
  private readonly groups = new Map<string, ConsumerGroup>();
  private readonly subscriptions = new Set<InMemorySubscription>();
  private nextMemberId = 1;
  private readonly partitionCount: number;
  private readonly redeliveryDelayMs: number;
  private readonly now: () => number;

  constructor(options: InMemoryEventBusOptions = {}) {
    this.partitionCount = options.partitions ?? DEFAULT_IN_MEMORY_PARTITIONS;
    this.redeliveryDelayMs = options.redeliveryDelayMs ?? 100;
    this.now = options.now ?? Date.now;
  }

  publish(messages: readonly OutgoingMessage[]): Promise<void> {
    for (const message of messages) {
      if (message.key.length === 0) throw new AppError('MESSAGING.EMPTY_KEY', `a message for ${message.topic} has an empty key`);
      const logs = this.partitionsOf(message.topic);
      const log = logs[partitionForKey(message.key, logs.length)]!;
      log.append({ key: message.key, value: message.value, headers: message.headers ?? {}, timestamp: this.now() });
    }
    return Promise.resolve();
  }

  async subscribe(options: SubscribeOptions): Promise<InMemorySubscription> {
    const group = this.groupOf(options.groupId);
    const member = new GroupMember(
      this.nextMemberId++,
      [...options.topics],
      options.handler,
      options.fromBeginning ?? false,
      options.partitionsConsumedConcurrently ?? 1,
      group,
      this.redeliveryDelayMs,
    );
    group.members.push(member);
    await group.rebalance((topic) => this.partitionsOf(topic));
    const leave = async (crashed: boolean): Promise<void> => {
      if (!member.alive) return;
      this.subscriptions.delete(subscription);
      if (crashed) member.alive = false;
      await group.rebalance((topic) => this.partitionsOf(topic), { member, crashed });
      member.alive = false;
    };
    const subscription: InMemorySubscription = {
      seek: (position) => Promise.resolve(this.seek(member, position)),
      close: () => leave(false),
      crash: () => leave(true),
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  resetOffsets(groupId: string, topic: string, position: ReplayPosition): Promise<void> {
    const group = this.groupOf(groupId);
    if (group.members.some((m) => m.topics.includes(topic))) {
      throw new AppError('MESSAGING.GROUP_ACTIVE', `group ${groupId} still has live members on ${topic}; close them before resetting offsets`);
    }
    for (const log of this.partitionsOf(topic)) {
      const offset = resolvePosition(log, position);
      if (offset !== undefined) group.committed.set(log, offset);
    }
    return Promise.resolve();
  }

  ensureTopics(topics: readonly string[]): Promise<void> {
    topics.forEach((topic) => this.partitionsOf(topic));
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
  }

  /** End offset of every partition of a topic (for tests, tools and lag metrics). */
  endOffsets(topic: string): number[] {
    return this.partitionsOf(topic).map((log) => log.endOffset);
  }

  private seek(member: GroupMember, position: TopicPartitionOffset): void {
    const log = this.partitionsOf(position.topic)[position.partition];
    const worker = log && member.workers.get(log);
    if (!worker) throw new AppError('MESSAGING.NOT_ASSIGNED', `${position.topic}[${position.partition}] is not assigned to this member`);
    worker.seek(Number(position.offset));
  }

  private partitionsOf(topic: string): PartitionLog[] {
    let logs = this.topics.get(topic);
    if (!logs) {
      logs = Array.from({ length: this.partitionCount }, (_, p) => new PartitionLog(topic, p));
      this.topics.set(topic, logs);
    }
    return logs;
  }

  private groupOf(groupId: string): ConsumerGroup {
    let group = this.groups.get(groupId);
    if (!group) {
      group = new ConsumerGroup(groupId);
      this.groups.set(groupId, group);
    }
    return group;
  }
}

/** The new committed offset of a partition, or undefined to leave it where it is. */
function resolvePosition(log: PartitionLog, position: ReplayPosition): number | undefined {
  switch (position.kind) {
    case 'earliest':
      return 0;
    case 'timestamp':
      return log.offsetForTimestamp(position.timestamp);
    case 'offsets': {
      const entry = position.offsets.find((o) => o.partition === log.partition);
      return entry === undefined ? undefined : Number(entry.offset);
    }
  }
}
