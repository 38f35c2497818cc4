import { eventually } from '@sagewire/testing';
import { silentLogger } from '../logger';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';
import { useMessagingDatabase } from './testing/messaging-data-source';
import { commitNotes, outboxRows } from './testing/outbox-fixtures';
import { RecordingEventBus } from './testing/recording-event-bus';
import { noteMessage, noteNumber } from './testing/test-event';

const SCHEMA = 'svc_test';

describe('OutboxRelay.drainOnce (real PostgreSQL)', () => {
  const db = useMessagingDatabase('outbox_relay', SCHEMA);
  const writer = new OutboxWriter(SCHEMA);

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE ${SCHEMA}.outbox`);
  });

  const relayOn = (bus: RecordingEventBus, batchSize = 100): OutboxRelay =>
    new OutboxRelay(db.dataSource, SCHEMA, bus, { batchSize, logger: silentLogger });

  it('publishes nothing for a transaction that rolled back', async () => {
    await db.dataSource
      .transaction(async (manager) => {
        await writer.enqueue(manager, [noteMessage('conv-1', 1)]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    const bus = new RecordingEventBus();
    expect(await relayOn(bus).drainOnce()).toBe(0);
    expect(bus.attempts).toBe(0);
  });

  it('publishes committed rows once, in seq order, one publish call per batch, and marks them', async () => {
    await commitNotes(db.dataSource, writer, 0, 7, 2);
    const bus = new RecordingEventBus();
    const relay = relayOn(bus, 3);

    const counts = [await relay.drainOnce(), await relay.drainOnce(), await relay.drainOnce(), await relay.drainOnce()];

    expect(counts).toEqual([3, 3, 1, 0]);
    expect(bus.calls.map((call) => call.messages.length)).toEqual([3, 3, 1]);
    expect(bus.messages.map(noteNumber)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(bus.messages[0]?.key).toBe('conv-0');
    expect(await outboxRows(db.dataSource, SCHEMA)).toEqual(
      Array.from({ length: 7 }, () => expect.objectContaining({ published: true, attempts: 1, last_error: null })),
    );
  });

  it('keeps rows unpublished when the bus fails, records the attempt, and publishes them in order later', async () => {
    await commitNotes(db.dataSource, writer, 0, 4);
    const bus = new RecordingEventBus();
    const relay = relayOn(bus);
    bus.failNext(2);

    await expect(relay.drainOnce()).rejects.toMatchObject({ code: 'MESSAGING.BROKER_UNAVAILABLE' });
    await expect(relay.drainOnce()).rejects.toMatchObject({ code: 'MESSAGING.BROKER_UNAVAILABLE' });
    expect(bus.messages).toHaveLength(0);
    expect(await outboxRows(db.dataSource, SCHEMA)).toEqual(
      Array.from({ length: 4 }, () =>
        expect.objectContaining({ published: false, attempts: 2, last_error: 'MESSAGING.BROKER_UNAVAILABLE: fake broker is down' }),
      ),
    );

    expect(await relay.drainOnce()).toBe(4);
    expect(bus.messages.map(noteNumber)).toEqual([0, 1, 2, 3]);
    expect(await outboxRows(db.dataSource, SCHEMA)).toEqual(
      Array.from({ length: 4 }, () => expect.objectContaining({ published: true, attempts: 3 })),
    );
  });

  it('lets one relay publish at a time: a second relay backs off while the first holds the lock', async () => {
    await commitNotes(db.dataSource, writer, 0, 3);
    const log: RecordingEventBus['calls'] = [];
    const first = new RecordingEventBus('first', log);
    const second = new RecordingEventBus('second', log);
    const release = first.hold();

    const firstDrain = relayOn(first).drainOnce();
    await eventually(() => expect(first.attempts).toBe(1)); // holding the lock, inside publish
    expect(await relayOn(second).drainOnce()).toBe(0);
    release();

    expect(await firstDrain).toBe(3);
    expect(await relayOn(second).drainOnce()).toBe(0);
    expect(log.map((call) => call.bus)).toEqual(['first']);
    expect(second.attempts).toBe(0);
  });

  it('purges only rows published before the cut-off', async () => {
    await commitNotes(db.dataSource, writer, 0, 3);
    const relay = relayOn(new RecordingEventBus(), 2);
    expect(await relay.drainOnce()).toBe(2);
    await db.dataSource.query(`UPDATE ${SCHEMA}.outbox SET published_at = now() - interval '8 days' WHERE seq = (SELECT min(seq) FROM ${SCHEMA}.outbox)`);
    // Unpublished rows stay however old they are: they are not yet delivered.
    await db.dataSource.query(`UPDATE ${SCHEMA}.outbox SET created_at = now() - interval '30 days' WHERE published_at IS NULL`);

    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    expect(await relay.purgePublished(weekAgo)).toBe(1);
    expect((await outboxRows(db.dataSource, SCHEMA)).map((row) => row.published)).toEqual([true, false]);
  });
});
