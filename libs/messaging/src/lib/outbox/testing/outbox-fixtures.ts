import type { DataSource } from 'typeorm';
import type { MessagingLogger } from '../../logger';
import { OutboxWriter } from '../outbox-writer';
import { noteMessage } from './test-event';

export interface OutboxRowState {
  readonly seq: string;
  readonly id: string;
  readonly published: boolean;
  readonly attempts: number;
  readonly last_error: string | null;
}

export function outboxRows(dataSource: DataSource, schema: string): Promise<OutboxRowState[]> {
  return dataSource.query(
    `SELECT seq, id, published_at IS NOT NULL AS published, attempts, last_error FROM "${schema}".outbox ORDER BY seq`,
  );
}

/** Commits notes `from..to-1` (key `conv-<n mod 3>`), one transaction of `perTransaction` each. */
export async function commitNotes(dataSource: DataSource, writer: OutboxWriter, from: number, to: number, perTransaction = 1): Promise<void> {
  for (let start = from; start < to; start += perTransaction) {
    const end = Math.min(to, start + perTransaction);
    const messages = Array.from({ length: end - start }, (_, i) => noteMessage(`conv-${(start + i) % 3}`, start + i));
    await dataSource.transaction((manager) => writer.enqueue(manager, messages));
  }
}

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: Record<string, unknown> | undefined;
}

/** A logger that keeps its entries, to assert what the relay tells operators (and what it does not). */
export function recordingLogger(): { logger: MessagingLogger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const add = (level: LogEntry['level']) => (message: string, fields?: Record<string, unknown>): void => {
    entries.push({ level, message, fields });
  };
  return { logger: { info: add('info'), warn: add('warn'), error: add('error') }, entries };
}
