/**
 * The EventBus port: the only way services move messages. Adapters (Kafka, in-memory) keep
 * the same semantics so the same handlers and tests run in both modes:
 * - a topic has partitions; a message's key picks its partition, so per-key order holds;
 * - a consumer group shares partitions among its members; each partition is handled in order;
 * - an offset is committed only after the handler succeeded, so a crash means redelivery.
 */

/** Kafka-style headers: string values only (binary CloudEvents attributes are strings). */
export type MessageHeaders = Readonly<Record<string, string>>;

export interface OutgoingMessage {
  readonly topic: string;
  /** Partition key: conversation, document or subject id. Never empty. */
  readonly key: string;
  readonly value: Buffer;
  readonly headers?: MessageHeaders;
}

export interface IncomingMessage {
  readonly topic: string;
  readonly partition: number;
  /** Decimal string, as Kafka offsets can exceed 2^53. */
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: MessageHeaders;
  /** Milliseconds since the epoch at which the log appended the message. */
  readonly timestamp: number;
}

/** Resolves when the message is handled; a rejection means "not handled, deliver again". */
export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface SubscribeOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group without committed offsets starts: the beginning, or only new messages. */
  readonly fromBeginning?: boolean;
  readonly handler: MessageHandler;
  /** Partitions handled at the same time by this member; order within a partition always holds. */
  readonly partitionsConsumedConcurrently?: number;
}

export interface TopicPartitionOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export interface Subscription {
  /** Moves this member's position on a partition it owns; later messages are delivered again. */
  seek(position: TopicPartitionOffset): Promise<void>;
  /** Stops fetching, waits for in-flight handlers, commits what succeeded, leaves the group. */
  close(): Promise<void>;
}

/** Where a replay starts: the beginning, the first message at or after a time, or exact offsets. */
export type ReplayPosition =
  | { readonly kind: 'earliest' }
  | { readonly kind: 'timestamp'; readonly timestamp: number }
  | { readonly kind: 'offsets'; readonly offsets: readonly { partition: number; offset: string }[] };

export interface EventBus {
  /** Appends messages; resolves once the log has them durably (acks from all in-sync replicas). */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  /** Joins a consumer group; resolves once this member has its partitions. */
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Moves a group's committed offsets for a topic. The group must have no live member. */
  resetOffsets(groupId: string, topic: string, position: ReplayPosition): Promise<void>;
  /** Creates missing topics (idempotent). */
  ensureTopics(topics: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
