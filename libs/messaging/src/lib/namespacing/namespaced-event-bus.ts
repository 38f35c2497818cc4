import type { EventBus, OutgoingMessage, ReplayPosition, SubscribeOptions, Subscription, TopicPartitionOffset } from '../event-bus.port';

const NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9-]{0,40}$/;

/**
 * Runs several isolated copies of the platform on one broker (test runs, staging beside
 * load tests): topics and consumer groups get `<namespace>.` in front on the wire, and
 * handlers see the contract's own topic names, so no service code knows about it.
 */
export class NamespacedEventBus implements EventBus {
  private readonly prefix: string;

  constructor(
    private readonly inner: EventBus,
    namespace: string,
  ) {
    if (!NAMESPACE_PATTERN.test(namespace)) throw new Error(`invalid bus namespace ${JSON.stringify(namespace)}: lowercase letters, digits and dashes`);
    this.prefix = `${namespace}.`;
  }

  publish(messages: readonly OutgoingMessage[]): Promise<void> {
    return this.inner.publish(messages.map((message) => ({ ...message, topic: this.prefix + message.topic })));
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    const subscription = await this.inner.subscribe({
      ...options,
      groupId: this.prefix + options.groupId,
      topics: options.topics.map((topic) => this.prefix + topic),
      handler: (message) => options.handler({ ...message, topic: this.strip(message.topic) }),
    });
    return {
      seek: (position: TopicPartitionOffset) => subscription.seek({ ...position, topic: this.prefix + position.topic }),
      close: () => subscription.close(),
    };
  }

  resetOffsets(groupId: string, topic: string, position: ReplayPosition): Promise<void> {
    return this.inner.resetOffsets(this.prefix + groupId, this.prefix + topic, position);
  }

  ensureTopics(topics: readonly string[]): Promise<void> {
    return this.inner.ensureTopics(topics.map((topic) => this.prefix + topic));
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private strip(topic: string): string {
    return topic.startsWith(this.prefix) ? topic.slice(this.prefix.length) : topic;
  }
}
