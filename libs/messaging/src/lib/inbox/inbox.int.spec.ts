import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { openMessagingDataSource } from '../outbox/testing/messaging-data-source';
import { Inbox, type InboxKey } from './inbox';

const SCHEMA = 'svc_test';
const GROUP = 'svc-test.notes';

describe('Inbox (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const inbox = new Inbox(SCHEMA);
  let nextId = 0;

  beforeAll(async () => {
    database = await createTestDatabase('inbox');
    dataSource = await openMessagingDataSource(database.url, SCHEMA);
    await dataSource.query(`CREATE TABLE ${SCHEMA}.effects (event_id text NOT NULL, consumer_group text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const keyFor = (eventId: string, consumerGroup = GROUP): InboxKey => ({ consumerGroup, eventId, topic: 'test.note-added.v1', partition: 2, offset: '9007199254740993' });
  const freshKey = (): InboxKey => keyFor(`evt-${++nextId}`);

  /** The effect under test: a row in the service's own table, in the same transaction. */
  const recordEffect = (key: InboxKey) => async (manager: EntityManager): Promise<string> => {
    await manager.query(`INSERT INTO ${SCHEMA}.effects (event_id, consumer_group) VALUES ($1, $2)`, [key.eventId, key.consumerGroup]);
    return `handled ${key.eventId}`;
  };
  const effects = async (key: InboxKey): Promise<number> =>
    (await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${SCHEMA}.effects WHERE event_id = $1 AND consumer_group = $2`, [key.eventId, key.consumerGroup]))[0]?.n ?? -1;
  const inboxRows = async (key: InboxKey): Promise<{ topic: string; partition: number; message_offset: string }[]> =>
    dataSource.query(`SELECT topic, partition, message_offset FROM ${SCHEMA}.inbox WHERE event_id = $1 AND consumer_group = $2`, [key.eventId, key.consumerGroup]);

  it('runs the effect on the first delivery and skips a redelivery of the same event id', async () => {
    const key = freshKey();
    expect(await inbox.runInTransaction(dataSource, key, recordEffect(key))).toEqual({ duplicate: false, result: `handled ${key.eventId}` });
    expect(await inbox.runInTransaction(dataSource, { ...key, offset: '12' }, recordEffect(key))).toEqual({ duplicate: true });
    expect(await effects(key)).toBe(1);
    expect(await inboxRows(key)).toEqual([{ topic: key.topic, partition: 2, message_offset: '9007199254740993' }]);
  });

  it('deduplicates per consumer group: another group handles the same event too', async () => {
    const key = freshKey();
    const other = keyFor(key.eventId, 'svc-test.other');
    await inbox.runInTransaction(dataSource, key, recordEffect(key));
    expect(await inbox.runInTransaction(dataSource, other, recordEffect(other))).toMatchObject({ duplicate: false });
    expect([await effects(key), await effects(other)]).toEqual([1, 1]);
  });

  it('refuses to run outside a transaction, where the row and the effect could part', async () => {
    const key = freshKey();
    await expect(inbox.handleOnce(dataSource.manager, key, recordEffect(key))).rejects.toMatchObject({ code: 'MESSAGING.TRANSACTION_REQUIRED' });
    expect(await inboxRows(key)).toHaveLength(0);
  });

  it('leaves no inbox row when the effect throws, so a retry runs the effect again', async () => {
    const key = freshKey();
    const failing = async (manager: EntityManager): Promise<string> => {
      await recordEffect(key)(manager);
      throw new Error('downstream failed');
    };
    await expect(inbox.runInTransaction(dataSource, key, failing)).rejects.toThrow('downstream failed');
    expect(await inboxRows(key)).toHaveLength(0);
    expect(await effects(key)).toBe(0);

    expect(await inbox.runInTransaction(dataSource, key, recordEffect(key))).toMatchObject({ duplicate: false });
    expect(await effects(key)).toBe(1);
  });

  it('keeps the row and the effect atomic even when the caller catches the error and commits', async () => {
    const key = freshKey();
    await dataSource.transaction(async (manager) => {
      const failing = async (m: EntityManager): Promise<void> => {
        await recordEffect(key)(m);
        throw new Error('downstream failed');
      };
      await inbox.handleOnce(manager, key, failing).catch(() => undefined);
      await manager.query(`INSERT INTO ${SCHEMA}.effects (event_id, consumer_group) VALUES ($1, 'caller')`, [key.eventId]);
    });
    expect(await inboxRows(key)).toHaveLength(0);
    expect(await effects(key)).toBe(0);
    expect(await effects(keyFor(key.eventId, 'caller'))).toBe(1); // the caller's own work committed
  });

  describe('concurrent deliveries of one event', () => {
    /** Starts a delivery whose effect waits for `release`, holding its uncommitted inbox row. */
    function heldDelivery(key: InboxKey, outcome: 'commit' | 'rollback'): { started: Promise<void>; release: () => void; done: Promise<unknown> } {
      let release!: () => void;
      let started!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const startedPromise = new Promise<void>((resolve) => (started = resolve));
      const done = inbox.runInTransaction(dataSource, key, async (manager) => {
        await recordEffect(key)(manager);
        started();
        await gate;
        if (outcome === 'rollback') throw new Error('first delivery failed');
        return 'first';
      });
      return { started: startedPromise, release, done: done.catch((error: unknown) => error) };
    }

    /** The second delivery must be waiting on the first one's row lock, not merely slow. */
    const waitUntilBlockedOnLock = (): Promise<void> =>
      eventually(async () => {
        const rows = await dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO%inbox%'`,
        );
        expect(rows[0]?.n).toBe(1);
      });

    it('the second waits for the first to commit, then sees the conflict and skips the effect', async () => {
      const key = freshKey();
      const first = heldDelivery(key, 'commit');
      await first.started;
      let secondSettled = false;
      const second = inbox.runInTransaction(dataSource, key, recordEffect(key)).finally(() => (secondSettled = true));
      await waitUntilBlockedOnLock();
      expect(secondSettled).toBe(false);

      first.release();
      expect(await first.done).toEqual({ duplicate: false, result: 'first' });
      expect(await second).toEqual({ duplicate: true });
      expect(await effects(key)).toBe(1);
    });

    it('the second runs the effect when the first rolls back', async () => {
      const key = freshKey();
      const first = heldDelivery(key, 'rollback');
      await first.started;
      const second = inbox.runInTransaction(dataSource, key, recordEffect(key));
      await waitUntilBlockedOnLock();

      first.release();
      expect(await first.done).toEqual(new Error('first delivery failed'));
      expect(await second).toEqual({ duplicate: false, result: `handled ${key.eventId}` });
      expect(await effects(key)).toBe(1);
    });

    it('many racing deliveries run the effect exactly once', async () => {
      const key = freshKey();
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => inbox.runInTransaction(dataSource, key, recordEffect(key))));
      expect(outcomes.filter((outcome) => !outcome.duplicate)).toHaveLength(1);
      expect(await effects(key)).toBe(1);
    });
  });
});
