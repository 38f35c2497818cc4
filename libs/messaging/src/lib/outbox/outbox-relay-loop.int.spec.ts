import { eventually } from '@sagewire/testing';
import { silentLogger } from '../logger';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';
import { useMessagingDatabase } from './testing/messaging-data-source';
import { commitNotes, outboxRows, recordingLogger } from './testing/outbox-fixtures';
import { RecordingEventBus } from './testing/recording-event-bus';
import { noteNumber } from './testing/test-event';

const SCHEMA = 'svc_test';
/** Long enough that only a notification can explain a delivery within the test's few seconds. */
const NO_POLLING = 60_000;

describe('OutboxRelay loop (real PostgreSQL)', () => {
  const db = useMessagingDatabase('outbox_loop', SCHEMA);
  const writer = new OutboxWriter(SCHEMA);
  const relays: OutboxRelay[] = [];

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE ${SCHEMA}.outbox`);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  });

  async function startRelay(bus: RecordingEventBus, options: OutboxRelayOptions): Promise<OutboxRelay> {
    const relay = new OutboxRelay(db.dataSource, SCHEMA, bus, { logger: silentLogger, ...options });
    relays.push(relay);
    await relay.start();
    return relay;
  }

  const listenerSessions = async (): Promise<number> => {
    const rows = await db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [`sagewire-outbox-${SCHEMA}`],
    );
    return rows[0]?.n ?? 0;
  };

  it('is woken by NOTIFY at commit, without waiting for the poll interval', async () => {
    const bus = new RecordingEventBus();
    await commitNotes(db.dataSource, writer, 0, 1);
    await startRelay(bus, { pollIntervalMs: NO_POLLING });
    await eventually(() => expect(bus.messages).toHaveLength(1)); // the start-up drain

    await commitNotes(db.dataSource, writer, 1, 2);
    await eventually(() => expect(bus.messages.map(noteNumber)).toEqual([0, 1]), { timeoutMs: 3_000 });
  });

  it('listens again after its connection is killed, and catches up on what it missed', async () => {
    const bus = new RecordingEventBus();
    await startRelay(bus, { pollIntervalMs: NO_POLLING });
    expect(await listenerSessions()).toBe(1);

    await db.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [`sagewire-outbox-${SCHEMA}`]);
    await commitNotes(db.dataSource, writer, 0, 1); // likely notified while nobody listens
    await eventually(() => expect(bus.messages.map(noteNumber)).toEqual([0]), { timeoutMs: 5_000 });
    await commitNotes(db.dataSource, writer, 1, 2);
    await eventually(() => expect(bus.messages.map(noteNumber)).toEqual([0, 1]), { timeoutMs: 3_000 });
  });

  it('two relays on one schema publish every row exactly once, in global seq order', async () => {
    const log: RecordingEventBus['calls'] = [];
    const a = new RecordingEventBus('a', log);
    const b = new RecordingEventBus('b', log);
    await Promise.all([startRelay(a, { pollIntervalMs: 20, batchSize: 4 }), startRelay(b, { pollIntervalMs: 20, batchSize: 4 })]);

    const total = 150;
    await Promise.all([commitNotes(db.dataSource, writer, 0, 100, 3), eventually(() => expect(log.length).toBeGreaterThan(0))]);
    await commitNotes(db.dataSource, writer, 100, total, 1);

    await eventually(() => expect(log.flatMap((call) => call.messages)).toHaveLength(total));
    expect(log.flatMap((call) => call.messages).map(noteNumber)).toEqual(Array.from({ length: total }, (_, n) => n));
    // The bus has a batch before its transaction commits the marks: wait for the commit.
    await eventually(async () => expect((await outboxRows(db.dataSource, SCHEMA)).every((row) => row.published && row.attempts === 1)).toBe(true));
  });

  it('retries a failing bus with backoff, keeps order, and logs codes, not payloads', async () => {
    const bus = new RecordingEventBus();
    const { logger, entries } = recordingLogger();
    await commitNotes(db.dataSource, writer, 0, 3);
    bus.failNext(3);
    await startRelay(bus, { pollIntervalMs: NO_POLLING, backoff: { initialDelayMs: 10, maxDelayMs: 40 }, logger });

    await eventually(() => expect(bus.messages.map(noteNumber)).toEqual([0, 1, 2]));
    expect(bus.attempts).toBe(4);
    await eventually(async () => expect((await outboxRows(db.dataSource, SCHEMA)).map((row) => [row.published, row.attempts])).toEqual([[true, 4], [true, 4], [true, 4]]));
    const failures = entries.filter((entry) => entry.level === 'error');
    expect(failures.map((entry) => entry.fields?.['failures'])).toEqual([1, 2, 3]);
    expect(failures[0]?.fields).toMatchObject({ schema: SCHEMA, code: 'MESSAGING.BROKER_UNAVAILABLE' });
    expect(JSON.stringify(entries)).not.toContain('"n":');
  });

  it('stop() lets the in-flight drain finish and mark its rows, then releases its connections', async () => {
    const bus = new RecordingEventBus();
    const release = bus.hold();
    await commitNotes(db.dataSource, writer, 0, 2);
    const relay = await startRelay(bus, { pollIntervalMs: NO_POLLING });
    await eventually(() => expect(bus.attempts).toBe(1));

    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect((await outboxRows(db.dataSource, SCHEMA)).map((row) => row.published)).toEqual([true, true]);
    await eventually(async () => expect(await listenerSessions()).toBe(0));
    await commitNotes(db.dataSource, writer, 2, 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bus.messages).toHaveLength(2); // stopped means stopped
  });
});
