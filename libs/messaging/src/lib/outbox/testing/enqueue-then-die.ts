/**
 * Child process for the killed-process spec: commits one event to the outbox, leaves a second
 * one in an open transaction, and dies by SIGKILL (no shutdown hooks, no relay) right after
 * saying so on stdout. Relative imports only, so it needs nothing but tsx to run.
 *
 * env: DATABASE_URL (the spec's database), SCHEMA (already migrated).
 */
import { DataSource } from 'typeorm';
import { OutboxWriter } from '../outbox-writer';
import { noteMessage } from './test-event';

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  const schema = process.env['SCHEMA'];
  if (url === undefined || schema === undefined) throw new Error('DATABASE_URL and SCHEMA are required');
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  const writer = new OutboxWriter(schema);

  const committed = noteMessage('conv-killed', 1);
  await dataSource.transaction((manager) => writer.enqueue(manager, [committed]));
  process.stdout.write(`COMMITTED ${committed.headers?.['ce_id'] ?? ''}\n`);

  const open = noteMessage('conv-killed', 2);
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  await writer.enqueue(runner.manager, [open]);
  // The write callback fires once the marker is flushed: pipe writes are asynchronous on POSIX.
  process.stdout.write(`OPEN ${open.headers?.['ce_id'] ?? ''}\n`, () => process.kill(process.pid, 'SIGKILL'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
