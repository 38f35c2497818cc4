import { EventPattern, Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Contract } from '@sagewire/contracts';
import { AppError } from '@sagewire/errors';
import { lastValueFrom } from 'rxjs';
import { createEnvelopeHandler } from '../consumer/envelope-handler';
import type { RetryPolicy } from '../consumer/retry-policy';
import type { EventBus, Subscription } from '../event-bus.port';
import { jsonLogger, type MessagingLogger } from '../logger';

export interface SagewireEventTransportOptions {
  readonly bus: EventBus;
  /** One consumer group per service: replicas share the work, other services get their own copy. */
  readonly groupId: string;
  /** Every contract the service may receive; handlers are matched by the contract's topic. */
  readonly contracts: readonly Contract[];
  readonly fromBeginning?: boolean;
  readonly partitionsConsumedConcurrently?: number;
  readonly retry?: RetryPolicy;
  readonly logger?: MessagingLogger;
  /**
   * Binds this transport to the handlers declared with the same id (`@OnEvent(contract, id)`).
   * The embedded mode hosts every service in one Nest app with one transport per service: the
   * id keeps each service's consumer group calling only that service's handlers.
   */
  readonly transportId?: symbol;
}

/**
 * A NestJS custom transport over the EventBus port, so a service's handlers are plain methods
 * decorated with `@OnEvent(contract)` and receive a validated CloudEvent. Validation, retries
 * and dead letters are the shared envelope handler's; a handler only throws to say "retry".
 */
export class SagewireEventTransport extends Server implements CustomTransportStrategy {
  private subscription: Subscription | undefined;

  constructor(private readonly options: SagewireEventTransportOptions) {
    super();
    if (options.transportId !== undefined) this.transportId = options.transportId;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), (error: unknown) => callback(error));
  }

  async close(): Promise<void> {
    await this.subscription?.close();
    this.subscription = undefined;
  }

  on(): never {
    throw new AppError('MESSAGING.UNSUPPORTED', 'SagewireEventTransport emits no transport events');
  }

  unwrap<T>(): T {
    return this.options.bus as T;
  }

  private async start(): Promise<void> {
    const topics = [...this.messageHandlers.keys()];
    const contracts = topics.map((topic) => {
      const contract = this.options.contracts.find((c) => c.topic === topic);
      if (!contract) throw new AppError('MESSAGING.UNKNOWN_TOPIC', `@OnEvent handler for ${topic}, which no known contract publishes`);
      return contract;
    });
    const handler = createEnvelopeHandler({
      bus: this.options.bus,
      groupId: this.options.groupId,
      contracts,
      logger: this.options.logger ?? jsonLogger(`consumer:${this.options.groupId}`),
      ...(this.options.retry === undefined ? {} : { retry: this.options.retry }),
      handle: async (envelope, context) => {
        const method = this.messageHandlers.get(context.contract.topic);
        if (!method) throw new AppError('MESSAGING.NO_HANDLER', `no handler for ${context.contract.topic}`);
        const result: unknown = await method(envelope, context);
        await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      },
    });
    this.subscription = await this.options.bus.subscribe({
      groupId: this.options.groupId,
      topics,
      handler,
      fromBeginning: this.options.fromBeginning ?? true,
      ...(this.options.partitionsConsumedConcurrently === undefined ? {} : { partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently }),
    });
  }
}

/** Marks a method as the handler of a contract's messages: `(envelope, context) => Promise<void>`. */
export function OnEvent(contract: Contract, transportId?: symbol): MethodDecorator {
  return transportId === undefined ? EventPattern(contract.topic) : EventPattern(contract.topic, transportId);
}

/** One method handling several contracts' messages (an auditor, a saga coordinator). */
export function OnEvents(contracts: readonly Contract[], transportId?: symbol): MethodDecorator {
  const topics = contracts.map((contract) => contract.topic);
  return transportId === undefined ? EventPattern(topics) : EventPattern(topics, transportId);
}
