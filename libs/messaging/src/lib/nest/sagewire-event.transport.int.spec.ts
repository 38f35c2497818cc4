import 'reflect-metadata';
import { Controller, Injectable, Module, type INestMicroservice } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { AppError } from '@sagewire/errors';
import { eventually, uniqueGroup, uniqueTopic } from '@sagewire/testing';
import type { BusHarness } from '../../test/bus-harness';
import { inMemoryHarness } from '../../test/in-memory.harness';
import { kafkaHarness } from '../../test/kafka.harness';
import { orderMessage, orderPlacedV1 } from '../../test/test-contract';
import { DLQ_HEADERS, dlqTopicOf } from '../consumer/dead-letter';
import { CONTRACT_VALIDATION_FAILED } from '../consumer/envelope-handler';
import type { IncomingMessage } from '../event-bus.port';
import { silentLogger } from '../logger';
import { createEventConsumerApp } from './create-event-consumer-app';
import { OnEvent } from './sagewire-event.transport';

interface Order { orderId: string; publisher: string; seq: number }

@Injectable()
class OrdersSeen {
  readonly orders: Order[] = [];
}

/** A service's consumer as its authors write it: a plain decorated method. */
@Controller()
class OrdersConsumer {
  constructor(private readonly seen: OrdersSeen) {}

  @OnEvent(orderPlacedV1)
  handle(@Payload() envelope: Envelope<Order>): Promise<void> {
    if (envelope.data.publisher === 'refused') {
      return Promise.reject(new AppError('TEST.REFUSED', 'orders from this publisher are refused', { retriable: false }));
    }
    this.seen.orders.push(envelope.data);
    return Promise.resolve();
  }
}

@Module({ controllers: [OrdersConsumer], providers: [OrdersSeen] })
class OrdersModule {}

describe.each([
  ['in-memory', inMemoryHarness],
  ['kafka', kafkaHarness],
] as const)('SagewireEventTransport on %s', (_name, makeHarness) => {
  let harness: BusHarness;
  let app: INestMicroservice;
  let topic: string;

  beforeAll(async () => {
    harness = await makeHarness();
    topic = uniqueTopic('nest');
    // The handler is bound to the contract's topic; a unique topic per run keeps runs apart.
    const contract = { ...orderPlacedV1, topic };
    Reflect.defineMetadata('microservices:pattern', [topic], OrdersConsumer.prototype.handle);
    app = await createEventConsumerApp(OrdersModule, { bus: harness.client(), groupId: uniqueGroup('nest'), contracts: [contract], logger: silentLogger }, { logger: false });
    await app.listen();
  });

  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });

  it('delivers validated CloudEvents to decorated methods and dead-letters what they cannot take', async () => {
    const dead: IncomingMessage[] = [];
    const bus = harness.client();
    await bus.subscribe({ groupId: uniqueGroup('nest-dlq'), topics: [dlqTopicOf(topic)], fromBeginning: true, handler: (m) => Promise.resolve(void dead.push(m)) });
    const invalid = orderMessage(topic, 'key-nest', 'p1', 1);
    await bus.publish([
      orderMessage(topic, 'key-nest', 'p1', 0),
      { ...invalid, value: Buffer.from('{"seq": "not a number"}') },
      orderMessage(topic, 'key-nest', 'refused', 2),
      orderMessage(topic, 'key-nest', 'p1', 3),
    ]);
    const seen = app.get(OrdersSeen);
    await eventually(() => expect(seen.orders.map((o) => o.seq)).toEqual([0, 3]), { timeoutMs: 30_000 });
    await eventually(() => expect(dead.map((m) => m.headers[DLQ_HEADERS.errorCode])).toEqual([CONTRACT_VALIDATION_FAILED, 'TEST.REFUSED']), { timeoutMs: 30_000 });
    expect(dead[1]!.headers[DLQ_HEADERS.attempts]).toBe('1');
  });
});
