/**
 * A service process that commits a state change with its event in the outbox and dies with
 * SIGKILL before any relay runs: the event must still be published after "restart".
 * Env: DATABASE_URL, SCHEMA, TOPIC, KEY.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '../../lib/outbox/outbox-writer';
import { orderMessage } from '../test-contract';

async function main(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const dataSource = await new DataSource({ type: 'postgres', url: env('DATABASE_URL') }).initialize();
  await dataSource.transaction(async (manager) => {
    await new OutboxWriter(env('SCHEMA')).enqueue(manager, [orderMessage(env('TOPIC'), env('KEY'), 'outbox-child', 0)]);
  });
  // The callback fires once the marker is flushed, so the parent always sees it.
  process.stdout.write('COMMITTED\n', () => process.kill(process.pid, 'SIGKILL'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
