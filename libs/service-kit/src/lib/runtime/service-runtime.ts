import { createEnvelope, type Contract, type DataOf, type Envelope, type EnvelopeContext } from '@sagewire/contracts';
import {
  Inbox,
  OutboxRelay,
  OutboxWriter,
  type DeliveryContext,
  type EventBus,
  type InboxOutcome,
  type MessagingLogger,
} from '@sagewire/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { BlobStore } from '../blob-store/blob-store.port';
import type { ReadinessRegistry } from '../nest/readiness-registry';

/** One message a handler wants published once its transaction commits. */
export interface PendingMessage<C extends Contract = Contract> {
  readonly contract: C;
  readonly data: DataOf<C>;
  readonly context: EnvelopeContext;
}

export interface ServiceRuntimeParts {
  readonly service: string;
  readonly schema: string;
  readonly bus: EventBus;
  readonly dataSource: DataSource;
  readonly blobs: BlobStore;
  readonly logger: MessagingLogger;
  readonly readiness: ReadinessRegistry;
  /** Shared secret of the gateway-issued access tokens. */
  readonly jwtSecret: string;
  readonly relayPollIntervalMs?: number;
}

/**
 * Everything a service module needs at run time, built once at the composition root. State
 * changes and the events they cause commit together (outbox); consumed events are recorded
 * in the same transaction as their effect (inbox), so redelivery and replay change nothing.
 */
export class ServiceRuntime {
  readonly service: string;
  readonly schema: string;
  readonly bus: EventBus;
  readonly dataSource: DataSource;
  readonly blobs: BlobStore;
  readonly logger: MessagingLogger;
  readonly readiness: ReadinessRegistry;
  readonly jwtSecret: string;
  /** CloudEvents `source` of everything this service emits. */
  readonly source: string;
  private readonly outbox: OutboxWriter;
  private readonly inbox: Inbox;
  private readonly relay: OutboxRelay;

  constructor(parts: ServiceRuntimeParts) {
    this.service = parts.service;
    this.schema = parts.schema;
    this.bus = parts.bus;
    this.dataSource = parts.dataSource;
    this.blobs = parts.blobs;
    this.logger = parts.logger;
    this.readiness = parts.readiness;
    this.jwtSecret = parts.jwtSecret;
    this.source = `/sagewire/${parts.service}`;
    this.outbox = new OutboxWriter(parts.schema);
    this.inbox = new Inbox(parts.schema);
    this.relay = new OutboxRelay(parts.dataSource, parts.schema, parts.bus, {
      logger: parts.logger,
      ...(parts.relayPollIntervalMs === undefined ? {} : { pollIntervalMs: parts.relayPollIntervalMs }),
    });
    this.readiness.register(`${parts.service}:database`, async () => {
      await parts.dataSource.query('SELECT 1');
    });
  }

  async start(): Promise<void> {
    await this.relay.start();
  }

  async stop(): Promise<void> {
    await this.relay.stop();
  }

  /** Runs `work` in a transaction; the outbox relay is woken right after the commit. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    this.relay.wake();
    return result;
  }

  /** Builds the envelopes and adds them to the outbox of the caller's transaction. */
  async publish(manager: EntityManager, messages: readonly PendingMessage[]): Promise<Envelope[]> {
    const envelopes: Envelope[] = [];
    for (const message of messages) {
      const envelope = createEnvelope(message.contract, message.data, message.context);
      await this.outbox.enqueueEnvelope(manager, message.contract, envelope);
      envelopes.push(envelope);
    }
    return envelopes;
  }

  /**
   * Handles a delivered event once per consumer group: `effect` and the inbox row commit
   * together, and a redelivery of the same CloudEvent id does nothing.
   */
  async handleOnce<T>(envelope: Envelope, delivery: DeliveryContext, effect: (manager: EntityManager) => Promise<T>): Promise<InboxOutcome<T>> {
    return this.transaction((manager) =>
      this.inbox.handleOnce(
        manager,
        {
          consumerGroup: delivery.groupId,
          eventId: envelope.id,
          topic: delivery.message.topic,
          partition: delivery.message.partition,
          offset: delivery.message.offset,
        },
        effect,
      ),
    );
  }
}
