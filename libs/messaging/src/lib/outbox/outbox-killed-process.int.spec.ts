import * as path from 'node:path';
import { eventually, runTsScript } from '@sagewire/testing';
import { silentLogger } from '../logger';
import { OutboxRelay } from './outbox-relay';
import { useMessagingDatabase } from './testing/messaging-data-source';
import { outboxRows } from './testing/outbox-fixtures';
import { RecordingEventBus } from './testing/recording-event-bus';

import { noteNumber } from './testing/test-event';

const SCHEMA = 'svc_test';

describe('outbox across a killed process (real PostgreSQL, real child process)', () => {
  const db = useMessagingDatabase('outbox_killed', SCHEMA);

  it('publishes exactly once an event committed by a process killed before any relay ran', async () => {
    const exit = await runTsScript(path.join(__dirname, 'testing', 'enqueue-then-die.ts'), { DATABASE_URL: db.database.url, SCHEMA });
    if (exit.signal !== 'SIGKILL') throw new Error(`child exited with ${exit.code ?? 'no code'}: ${exit.stderr}`);
    const committedId = /COMMITTED (\S+)/.exec(exit.stdout)?.[1];
    const openId = /OPEN (\S+)/.exec(exit.stdout)?.[1];
    expect(committedId).toBeDefined();
    expect(openId).toBeDefined();

    // The open transaction died with its connection: only the committed row remains.
    await eventually(async () => expect((await outboxRows(db.dataSource, SCHEMA)).map((row) => row.id)).toEqual([committedId]));

    const bus = new RecordingEventBus();
    const relay = new OutboxRelay(db.dataSource, SCHEMA, bus, { logger: silentLogger, pollIntervalMs: 50 });
    await relay.start();
    try {
      await eventually(() => expect(bus.messages).toHaveLength(1));
      expect(await relay.drainOnce()).toBe(0);
    } finally {
      await relay.stop();
    }
    expect(bus.messages).toHaveLength(1);
    expect(bus.messages[0]?.headers?.['ce_id']).toBe(committedId);
    expect(bus.messages.map(noteNumber)).toEqual([1]);
    expect(await outboxRows(db.dataSource, SCHEMA)).toEqual([expect.objectContaining({ published: true, attempts: 1 })]);
  });
});
