import type { IncomingMessage, MessageHeaders } from '../event-bus.port';

interface StoredRecord {
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: MessageHeaders;
  readonly timestamp: number;
}

/** One partition: an append-only log whose offsets are array positions. */
export class PartitionLog {
  private readonly records: StoredRecord[] = [];
  private waiters: (() => void)[] = [];

  constructor(
    readonly topic: string,
    readonly partition: number,
  ) {}

  get endOffset(): number {
    return this.records.length;
  }

  append(record: StoredRecord): number {
    // Copies keep a publisher's later mutation of its buffer out of the log, as a broker would.
    this.records.push({ ...record, value: Buffer.from(record.value), headers: { ...record.headers } });
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
    return this.records.length - 1;
  }

  read(offset: number): IncomingMessage | undefined {
    const record = this.records[offset];
    if (record === undefined) return undefined;
    return {
      topic: this.topic,
      partition: this.partition,
      offset: String(offset),
      key: record.key,
      value: Buffer.from(record.value),
      headers: { ...record.headers },
      timestamp: record.timestamp,
    };
  }

  /** Resolves on the next append, or when `wake` is called by a seek or a stop. */
  waitForAppend(): { promise: Promise<void>; wake: () => void } {
    let wake!: () => void;
    const promise = new Promise<void>((resolve) => {
      wake = resolve;
    });
    this.waiters.push(wake);
    return { promise, wake };
  }

  /** First offset whose timestamp is at or after `timestamp`, else the end (Kafka's ListOffsets). */
  offsetForTimestamp(timestamp: number): number {
    const index = this.records.findIndex((r) => r.timestamp >= timestamp);
    return index === -1 ? this.records.length : index;
  }
}
