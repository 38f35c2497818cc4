import { decodeMessage, encodeFor, KafkaEventBus, NamespacedEventBus, silentLogger, type Subscription } from '@sagewire/messaging';
import type { Contract, Envelope } from '@sagewire/contracts';
import { uniqueGroup } from '@sagewire/testing';

/**
 * Watches the platform's topics from the outside, as a downstream consumer would: its own
 * consumer group, from the beginning, decoding the CloudEvents. Tests assert on what it saw.
 */
export class TopicWatcher {
  readonly seen: Envelope[] = [];
  private readonly bus: KafkaEventBus;
  private subscription: Subscription | undefined;

  constructor(
    brokers: string[],
    private readonly namespace: string,
  ) {
    this.bus = new KafkaEventBus({ brokers, clientId: 'e2e-watcher', logger: silentLogger });
  }

  async watch(contracts: readonly Contract[]): Promise<void> {
    const bus = new NamespacedEventBus(this.bus, this.namespace);
    this.subscription = await bus.subscribe({
      groupId: uniqueGroup('watcher'),
      topics: contracts.map((c) => c.topic),
      fromBeginning: true,
      handler: (message) => {
        const decoded = decodeMessage(message);
        if (decoded.ok) this.seen.push(decoded.candidate as unknown as Envelope);
        return Promise.resolve();
      },
    });
  }

  /** Publishes as the platform would (same topic, key and CloudEvent): for redelivery tests. */
  async publish(contract: Contract, envelope: Envelope): Promise<void> {
    await new NamespacedEventBus(this.bus, this.namespace).publish([encodeFor(contract, envelope)]);
  }

  /** Envelopes of one query (payload `queryId`), optionally of one contract. */
  ofQuery(queryId: string, contract?: Contract): Envelope[] {
    return this.seen.filter((e) => (e.data as { queryId?: string }).queryId === queryId && (!contract || e.type === contract.type));
  }

  async close(): Promise<void> {
    await this.subscription?.close();
    await this.bus.close();
  }
}
