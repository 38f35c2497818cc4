import { AppError } from '@sagewire/errors';
import { createTestDatabase, eventually as eventuallyWithin, runTsScript, uniqueGroup, uniqueTopic, type TestDatabase } from '@sagewire/testing';
import { childScript } from './children/child-script';
import { DataSource } from 'typeorm';
import { DLQ_HEADERS, dlqTopicOf } from '../lib/consumer/dead-letter';
import { CONTRACT_VALIDATION_FAILED, createEnvelopeHandler } from '../lib/consumer/envelope-handler';
import type { EventBus, IncomingMessage } from '../lib/event-bus.port';
import { silentLogger } from '../lib/logger';
import { OutboxRelay } from '../lib/outbox/outbox-relay';
import { messagingMigration } from '../lib/persistence/messaging.migration';
import type { BusHarness } from './bus-harness';
import { applyEffectOnce, countEffects, createEffectsTable } from './effects';
import { orderMessage, orderPlacedV1 } from './test-contract';

const SCHEMA = 'svc_bus_test';
/** Kafka rebalances take seconds; the in-memory bus settles in milliseconds. */
const eventually = <T>(assertion: () => T | Promise<T>, options = { timeoutMs: 30_000 }): Promise<T> => eventuallyWithin(assertion, options);

interface Order { publisher: string; seq: number }
const orderOf = (m: IncomingMessage): Order => JSON.parse(m.value.toString()) as Order;

/**
 * One behavioural suite for every EventBus adapter: the in-memory bus and Kafka must be
 * indistinguishable to a service. PostgreSQL is real in both (outbox and inbox live there).
 */
export function describeEventBusBehaviour(adapter: string, makeHarness: () => Promise<BusHarness>): void {
  describe(`EventBus behaviour: ${adapter}`, () => {
    let harness: BusHarness;
    let database: TestDatabase;
    let dataSource: DataSource;
    let bus: EventBus;

    beforeAll(async () => {
      harness = await makeHarness();
      database = await createTestDatabase(`bus_${adapter.replace(/\W/g, '')}`);
      dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: [messagingMigration(SCHEMA)] }).initialize();
      await dataSource.runMigrations();
      await createEffectsTable(dataSource, SCHEMA);
      bus = harness.client();
    });

    afterAll(async () => {
      await harness?.close();
      await dataSource?.destroy();
      await database?.drop();
    });

    it('keeps per-key order for each publisher while several publish at once to a two-member group', async () => {
      const topic = uniqueTopic('order');
      const groupId = uniqueGroup('order');
      const received = new Map<string, number[]>();
      const record = (m: IncomingMessage): Promise<void> => {
        const { publisher, seq } = orderOf(m);
        const id = `${publisher}/${m.key}`;
        received.set(id, [...(received.get(id) ?? []), seq]);
        return Promise.resolve();
      };
      const members = [harness.client(), harness.client()];
      for (const member of members) await member.subscribe({ groupId, topics: [topic], fromBeginning: true, handler: record });
      const publishers = ['p1', 'p2', 'p3', 'p4'];
      const perPublisher = 60;
      const keys = 6;
      await Promise.all(
        publishers.map(async (publisher) => {
          const client = harness.client();
          for (let seq = 0; seq < perPublisher; seq++) {
            await client.publish([orderMessage(topic, `key-${seq % keys}`, publisher, seq)]);
          }
        }),
      );
      await eventually(() => expect(new Set([...received.values()].flat()).size).toBe(perPublisher));
      await eventually(() => {
        for (const publisher of publishers) {
          for (let k = 0; k < keys; k++) {
            const expected = Array.from({ length: perPublisher }, (_, s) => s).filter((s) => s % keys === k);
            // At-least-once: a rebalance may repeat a message, never reorder a key.
            const seqs = (received.get(`${publisher}/key-${k}`) ?? []).filter((s, i, all) => i === 0 || all[i - 1] !== s);
            expect(seqs).toEqual(expected);
          }
        }
      });
    });

    it('redelivers to the group a message whose consumer died before committing, and the inbox makes it a no-op', async () => {
      const topic = uniqueTopic('crash');
      const groupId = uniqueGroup('crash');
      await bus.publish([orderMessage(topic, 'key-crash', 'p1', 0)]);
      await harness.consumeThenDie({ topic, groupId, schema: SCHEMA, dataSource, databaseUrl: database.url });
      expect(await countEffects(dataSource, SCHEMA, topic)).toBe(1);

      const outcomes: boolean[] = [];
      await harness.client().subscribe({
        groupId, topics: [topic], fromBeginning: true,
        handler: async (m) => void outcomes.push(await applyEffectOnce(dataSource, SCHEMA, groupId, m)),
      });
      await eventually(() => expect(outcomes).toEqual([false]), { timeoutMs: 45_000 });
      expect(await countEffects(dataSource, SCHEMA, topic)).toBe(1);
    });

    it('publishes through the outbox an event whose process was killed after the commit and before publishing', async () => {
      const topic = uniqueTopic('outbox');
      const exit = await runTsScript(childScript('enqueue-then-die.child.ts'), { DATABASE_URL: database.url, SCHEMA, TOPIC: topic, KEY: 'key-outbox' });
      expect(exit.signal).toBe('SIGKILL');
      expect(exit.stdout).toContain('COMMITTED');

      const delivered: IncomingMessage[] = [];
      await bus.subscribe({ groupId: uniqueGroup('outbox'), topics: [topic], fromBeginning: true, handler: (m) => Promise.resolve(void delivered.push(m)) });
      const relay = new OutboxRelay(dataSource, SCHEMA, harness.client(), { logger: silentLogger });
      expect(await relay.drainOnce()).toBe(1);
      expect(await relay.drainOnce()).toBe(0);
      await eventually(() => expect(delivered).toHaveLength(1));
      expect(orderOf(delivered[0]!)).toMatchObject({ publisher: 'outbox-child', seq: 0 });
      expect(delivered[0]!.headers['ce_type']).toBe(orderPlacedV1.type);
    });

    it('dead-letters a poison message after N attempts and an invalid one at once, while later messages on the partition flow', async () => {
      const topic = uniqueTopic('poison');
      const handled: number[] = [];
      const attemptsOnPoison: number[] = [];
      const handler = createEnvelopeHandler({
        bus: harness.client(), groupId: uniqueGroup('poison'), contracts: [orderPlacedV1], logger: silentLogger,
        retry: { maxAttempts: 3, initialDelayMs: 5, maxDelayMs: 20 },
        handle: (envelope, context) => {
          const { seq } = envelope.data as Order;
          if (seq === 1) {
            attemptsOnPoison.push(context.attempt);
            throw new AppError('TEST.POISON', 'this order always fails', { retriable: true });
          }
          handled.push(seq);
          return Promise.resolve();
        },
      });
      const dead: IncomingMessage[] = [];
      await bus.subscribe({ groupId: uniqueGroup('dlq'), topics: [dlqTopicOf(topic)], fromBeginning: true, handler: (m) => Promise.resolve(void dead.push(m)) });
      await bus.subscribe({ groupId: uniqueGroup('poison'), topics: [topic], fromBeginning: true, handler });
      const invalid = orderMessage(topic, 'key-poison', 'p1', 3);
      await bus.publish([
        orderMessage(topic, 'key-poison', 'p1', 0),
        orderMessage(topic, 'key-poison', 'p1', 1),
        orderMessage(topic, 'key-poison', 'p1', 2),
        { ...invalid, value: Buffer.from(JSON.stringify({ publisher: 'p1', seq: 3 })) },
        orderMessage(topic, 'key-poison', 'p1', 4),
      ]);
      await eventually(() => expect(handled).toEqual([0, 2, 4]));
      await eventually(() => expect(dead).toHaveLength(2));
      expect(attemptsOnPoison).toEqual([1, 2, 3]);
      expect(dead.map((m) => [m.headers[DLQ_HEADERS.errorCode], m.headers[DLQ_HEADERS.attempts]])).toEqual([
        ['TEST.POISON', '3'],
        [CONTRACT_VALIDATION_FAILED, '1'],
      ]);
      expect(dead[1]!.headers[DLQ_HEADERS.errorMessage]).toContain('orderId');
      expect(dead[0]!.headers[DLQ_HEADERS.originalTopic]).toBe(topic);
    });

    it('replays from an earlier offset and from a time without re-applying effects', async () => {
      const topic = uniqueTopic('replay');
      const groupId = uniqueGroup('replay');
      const startedAt = Date.now() - 1_000;
      await bus.publish(Array.from({ length: 5 }, (_, seq) => orderMessage(topic, 'key-replay', 'p1', seq)));
      const deliveries: IncomingMessage[] = [];
      const handler = async (m: IncomingMessage): Promise<void> => {
        deliveries.push(m);
        await applyEffectOnce(dataSource, SCHEMA, groupId, m);
      };
      const first = await harness.client().subscribe({ groupId, topics: [topic], fromBeginning: true, handler });
      await eventually(() => expect(deliveries).toHaveLength(5));
      const partition = deliveries[0]!.partition;

      await first.seek({ topic, partition, offset: '0' });
      await eventually(() => expect(deliveries).toHaveLength(10));
      await first.close();

      await harness.client().resetOffsets(groupId, topic, { kind: 'timestamp', timestamp: startedAt });
      await harness.client().subscribe({ groupId, topics: [topic], fromBeginning: false, handler });
      await eventually(() => expect(deliveries).toHaveLength(15));
      expect(deliveries.slice(10).map((m) => orderOf(m).seq)).toEqual([0, 1, 2, 3, 4]);
      expect(await countEffects(dataSource, SCHEMA, topic)).toBe(5);
    });
  });
}
