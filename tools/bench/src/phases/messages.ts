import { randomBytes } from 'node:crypto';
import { SENT_AT_HEADER, SEQ_HEADER, type BenchMessage } from '../runners/bench-target';

/** Distinct keys, so events spread over all partitions as conversation ids would. */
const KEYS = Array.from({ length: 64 }, (_, i) => `conversation-${i}`);

/** Random bytes: nothing compresses them, and one buffer is shared by every event of a run. */
export function payload(sizeBytes: number): Buffer {
  return randomBytes(sizeBytes);
}

/** Stamps the send time last, right before the caller hands the message to publish. */
export function benchMessage(topic: string, seq: number, value: Buffer): BenchMessage {
  return {
    topic,
    key: KEYS[seq % KEYS.length]!,
    value,
    headers: { [SEQ_HEADER]: String(seq), [SENT_AT_HEADER]: String(process.hrtime.bigint()) },
  };
}
