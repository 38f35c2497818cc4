// Public API of the messaging library. Explicit named exports (STYLE.md: no catch-all barrels).

// The port and its adapters.
export type {
  EventBus,
  IncomingMessage,
  MessageHandler,
  MessageHeaders,
  OutgoingMessage,
  ReplayPosition,
  SubscribeOptions,
  Subscription,
  TopicPartitionOffset,
} from './lib/event-bus.port';
export { InMemoryEventBus, DEFAULT_IN_MEMORY_PARTITIONS, type InMemoryEventBusOptions, type InMemorySubscription } from './lib/in-memory/in-memory-event-bus.adapter';
export { KafkaEventBus, DEFAULT_KAFKA_PARTITIONS, type KafkaEventBusOptions } from './lib/kafka/kafka-event-bus.adapter';

export { NamespacedEventBus } from './lib/namespacing/namespaced-event-bus';

// CloudEvents over the bus (binary content mode).
export { decodeMessage, encodeEnvelope, encodeFor, typeOf, type DecodeResult } from './lib/cloudevents/binary-mode';

// Delivery rules shared by every consumer: validation, retries, dead letters.
export {
  CONTRACT_UNKNOWN_TYPE,
  CONTRACT_VALIDATION_FAILED,
  createEnvelopeHandler,
  type DeliveryContext,
  type EnvelopeHandler,
  type EnvelopeHandlerOptions,
} from './lib/consumer/envelope-handler';
export { DLQ_HEADERS, DLQ_SUFFIX, dlqTopicOf, toDeadLetter, type Failure } from './lib/consumer/dead-letter';
export { DEFAULT_RETRY_POLICY, backoffDelay, type RetryPolicy } from './lib/consumer/retry-policy';

// NestJS integration: handlers are plain methods decorated with @OnEvent(contract).
export { OnEvent, OnEvents, SagewireEventTransport, type SagewireEventTransportOptions } from './lib/nest/sagewire-event.transport';
export { createEventConsumerApp } from './lib/nest/create-event-consumer-app';
export { KeepErrorsForTransportFilter } from './lib/nest/keep-errors.filter';

// Transactional outbox and inbox (PostgreSQL, one schema per service).
export { OutboxWriter } from './lib/outbox/outbox-writer';
export {
  OutboxRelay,
  DEFAULT_OUTBOX_BACKOFF,
  DEFAULT_OUTBOX_BATCH_SIZE,
  DEFAULT_OUTBOX_POLL_INTERVAL_MS,
  type OutboxRelayOptions,
} from './lib/outbox/outbox-relay';
export { outboxChannel } from './lib/outbox/outbox-channel';
export { Inbox, type InboxKey, type InboxOutcome } from './lib/inbox/inbox';
export { MESSAGING_MIGRATION_TIMESTAMP, messagingMigration, messagingMigrationName } from './lib/persistence/messaging.migration';
export { assertSchemaName, qualifiedTable, quoteIdent } from './lib/persistence/schema-name';

// Logging.
export { jsonLogger, silentLogger, type MessagingLogger } from './lib/logger';
