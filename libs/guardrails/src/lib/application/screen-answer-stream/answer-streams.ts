import { StreamedAnswer } from '../../domain/stream/streamed-answer';

/** The screening state of one query's streamed answer. */
export interface AnswerStream {
  /** The model whose chunks are being read: another model's stream starts over. */
  model: string;
  answer: StreamedAnswer;
  /** Sentence indexes below this one have been published. */
  published: number;
  /** What the answer may rest on, from its first chunk; empty when that chunk was lost. */
  passages: readonly { readonly text: string }[];
  /** `ModelInvoked` was handled: every sentence is out, and late chunks are ignored. */
  finished: boolean;
  lastSeen: number;
}

/** A stream idle this long is dropped: its answer is long done, or its generation died. */
export const STREAM_IDLE_MS = 10 * 60 * 1000;
/** Idle streams are looked for at most this often, on the next event (no timer to clean up). */
const SWEEP_INTERVAL_MS = 60 * 1000;

/**
 * The answers this replica is screening, by query id, in memory only: a restart loses them,
 * and `ModelInvoked` then re-emits every sentence from the full text, which downstream
 * de-duplicates by `sentenceIndex`. A finished stream stays as a small marker until it idles
 * out, because chunks and `ModelInvoked` travel on different topics and may arrive after it.
 */
export class AnswerStreams {
  private readonly streams = new Map<string, AnswerStream>();
  private lastSweep: number;

  constructor(private readonly now: () => number = Date.now) {
    this.lastSweep = now();
  }

  /**
   * The query's stream for `model`, started afresh if there is none or an unfinished one of
   * another model (the saga fell back to the next model). A finished stream is returned as is:
   * the query has its answer, and anything arriving after it is stale.
   */
  streamOf(queryId: string, model: string): AnswerStream {
    const now = this.now();
    this.sweep(now);
    let stream = this.streams.get(queryId);
    if (!stream || (!stream.finished && stream.model !== model)) {
      stream = { model, answer: new StreamedAnswer(), published: 0, passages: [], finished: false, lastSeen: now };
      this.streams.set(queryId, stream);
    }
    stream.lastSeen = now;
    return stream;
  }

  /** Marks the stream done and frees its text. */
  finish(stream: AnswerStream): void {
    stream.finished = true;
    stream.answer = new StreamedAnswer();
  }

  get size(): number {
    return this.streams.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [queryId, stream] of this.streams) if (now - stream.lastSeen > STREAM_IDLE_MS) this.streams.delete(queryId);
  }
}
