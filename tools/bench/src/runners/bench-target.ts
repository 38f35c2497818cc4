import type { AdapterName } from '../config';

/** Headers every bench message carries; the consumer side reads only these. */
export const SEQ_HEADER = 'bench-seq';
export const SENT_AT_HEADER = 'bench-sent-ns';

/**
 * Partitions of every bench topic, for every adapter, so the figures compare like with like.
 * Three is both adapters' default and the local broker's `num.partitions`.
 */
export const BENCH_PARTITIONS = 3;

/** Shaped like the port's OutgoingMessage, so the adapters get it without a copy. */
export interface BenchMessage {
  readonly topic: string;
  readonly key: string;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Called first thing in the consumer's handler. `receivedAtNs` is read before the target
 * decodes anything, so decoding is inside the measured latency for every target alike.
 */
export type OnMessage = (receivedAtNs: bigint, seq: string | undefined, sentAtNs: string | undefined) => void;

/** One topic with one consumer group member reading it. */
export interface BenchSession {
  publish(messages: BenchMessage[]): Promise<void>;
  /** Leaves the group (the bench never leaves a consumer behind between runs). */
  close(): Promise<void>;
}

/** A bus under measurement: the Sagewire adapters behind the port, or the bare client. */
export interface BenchTarget {
  readonly adapter: AdapterName;
  /**
   * Creates `topic` with BENCH_PARTITIONS partitions and joins a new group reading it from
   * the beginning; resolves once the member owns its partitions.
   */
  open(topic: string, groupId: string, onMessage: OnMessage): Promise<BenchSession>;
  /** Deletes the topics and groups it created (by name) and disconnects. */
  close(): Promise<void>;
}
