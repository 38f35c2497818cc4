import { AppError } from '@sagewire/errors';
import { OutboxWriter } from './outbox-writer';
import { useMessagingDatabase } from './testing/messaging-data-source';
import { noteAddedV1, noteEnvelope, noteMessage } from './testing/test-event';

const SCHEMA = 'svc_test';

describe('OutboxWriter (real PostgreSQL)', () => {
  const db = useMessagingDatabase('outbox_writer', SCHEMA);
  const writer = new OutboxWriter(SCHEMA);

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE ${SCHEMA}.outbox`);
  });

  const rows = (): Promise<{ id: string; topic: string; message_key: string; headers: Record<string, string>; payload: Buffer }[]> =>
    db.dataSource.query(`SELECT id, topic, message_key, headers, payload FROM ${SCHEMA}.outbox ORDER BY seq`);

  it('refuses to write outside a transaction, where atomicity with the state change would be lost', async () => {
    await expect(writer.enqueue(db.dataSource.manager, [noteMessage('c-1', 1)])).rejects.toMatchObject({ code: 'MESSAGING.TRANSACTION_REQUIRED' });
    expect(await rows()).toHaveLength(0);
  });

  it('writes nothing when the transaction rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await writer.enqueue(manager, [noteMessage('c-1', 1), noteMessage('c-1', 2)]);
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await rows()).toHaveLength(0);
  });

  it('stores an envelope in binary content mode, keyed by its CloudEvent id', async () => {
    const envelope = noteEnvelope('conv-7', 7);
    await db.dataSource.transaction((manager) => writer.enqueueEnvelope(manager, noteAddedV1, envelope));
    const [row] = await rows();
    expect(row).toMatchObject({ id: envelope.id, topic: noteAddedV1.topic, message_key: 'conv-7' });
    expect(row?.headers).toMatchObject({ ce_id: envelope.id, ce_type: noteAddedV1.type, 'content-type': 'application/json' });
    expect(JSON.parse(row?.payload.toString('utf8') ?? '')).toEqual({ n: 7 });
  });

  it('rejects the same event enqueued twice with a conflict code', async () => {
    const message = noteMessage('c-1', 1);
    await db.dataSource.transaction((manager) => writer.enqueue(manager, [message]));
    const second = db.dataSource.transaction((manager) => writer.enqueue(manager, [message]));
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'MESSAGING.OUTBOX_DUPLICATE_EVENT', retriable: false });
    expect(await rows()).toHaveLength(1);
  });

  it('refuses messages the bus would always refuse, before they can block the outbox', async () => {
    const keyless = { ...noteMessage('c-1', 1), key: '' };
    const oddId = { ...noteMessage('c-1', 2), headers: { ce_id: 'not-a-uuid' } };
    await expect(db.dataSource.transaction((m) => writer.enqueue(m, [keyless]))).rejects.toMatchObject({ code: 'MESSAGING.EMPTY_KEY' });
    await expect(db.dataSource.transaction((m) => writer.enqueue(m, [oddId]))).rejects.toMatchObject({ code: 'MESSAGING.OUTBOX_INVALID_EVENT_ID' });
    expect(await rows()).toHaveLength(0);
  });

  it('keeps list order in seq across multi-statement batches, and gives ce_id-less messages a row id', async () => {
    const messages = Array.from({ length: 2_345 }, (_, n) => noteMessage(`c-${n % 7}`, n));
    const plain = { topic: 'test.plain.v1', key: 'k', value: Buffer.from('raw') };
    await db.dataSource.transaction((manager) => writer.enqueue(manager, [...messages, plain]));
    const stored = await rows();
    expect(stored.map((row) => row.id)).toEqual([...messages.map((m) => m.headers?.['ce_id']), expect.any(String)]);
    expect(stored.at(-1)).toMatchObject({ topic: 'test.plain.v1', headers: {}, payload: Buffer.from('raw') });
  });
});
