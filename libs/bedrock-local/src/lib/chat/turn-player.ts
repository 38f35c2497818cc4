import type { StreamFaultKind } from './stream-fault';
import { splitToolInput, type ToolCall, type TurnPlan } from './turn-plan';

/** One piece of streamed content: a text chunk, or a fragment of a tool call's JSON input. */
export type ContentDelta =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'toolInput'; readonly toolIndex: number; readonly call: ToolCall; readonly fragment: string; readonly first: boolean };

/** How a wire protocol writes a turn; it keeps its own block bookkeeping. */
export interface TurnSink {
  /** False once the client went away: nothing more is written. */
  isOpen(): boolean;
  delta(delta: ContentDelta): void;
  /** The turn ended normally: stop events, usage, end of stream. */
  finish(): void;
  /** A mid-stream exception, then the end of the stream. */
  fault(fault: StreamFaultKind): void;
  /** Break the stream off so the client sees an error, not an end. */
  cut(): void;
}

/** The text chunks, then each tool call's input fragments, in the order a model streams them. */
export function contentDeltas(plan: TurnPlan): ContentDelta[] {
  const deltas: ContentDelta[] = plan.chunks.map((text) => ({ kind: 'text', text }));
  plan.toolCalls.forEach((call, toolIndex) => {
    splitToolInput(call.rawInput).forEach((fragment, i) => deltas.push({ kind: 'toolInput', toolIndex, call, fragment, first: i === 0 }));
  });
  return deltas;
}

/**
 * A cut comes at least this long after the last delta: a broken connection drops what is in
 * flight, and a client should first see the deltas it was sent (an HTTP/2 reset discards
 * data the client has received but not yet read).
 */
const CUT_GRACE_MS = 20;

/**
 * Plays a turn into `sink` in real time: the first-token delay before the first delta, the
 * chunk delay between deltas, and a scripted cut or fault once its count of deltas is sent
 * (counts past the end apply after the last delta). `delay` resolves false when the server
 * closes, which breaks the stream off.
 */
export async function playTurn(plan: TurnPlan, sink: TurnSink, delay: (ms: number) => Promise<boolean>): Promise<void> {
  const deltas = contentDeltas(plan);
  const cutAt = plan.cutAfterChunks === undefined ? undefined : Math.min(plan.cutAfterChunks, deltas.length);
  const faultAt = plan.faultAfterChunks === undefined ? undefined : Math.min(plan.faultAfterChunks.chunks, deltas.length);
  for (let sent = 0; ; sent++) {
    if (!sink.isOpen()) return;
    const wait = sent === 0 ? plan.firstTokenDelayMs : plan.chunkDelayMs;
    if (cutAt === sent) {
      // The connection dies while the next delta is being generated.
      await delay(Math.max(wait, sent === 0 ? 0 : CUT_GRACE_MS));
      return sink.isOpen() ? sink.cut() : undefined;
    }
    if (faultAt === sent) return sink.fault(plan.faultAfterChunks!.fault);
    const next = deltas[sent];
    if (next === undefined) return sink.finish();
    // A closing server breaks its streams off: its clients must not mistake them for complete.
    if (wait > 0 && !(await delay(wait))) return sink.isOpen() ? sink.cut() : undefined;
    if (!sink.isOpen()) return;
    sink.delta(next);
  }
}

/** How long generating the whole turn takes: what a non-streaming call waits before answering. */
export function generationTimeMs(plan: TurnPlan): number {
  const deltas = contentDeltas(plan).length;
  return deltas === 0 ? 0 : plan.firstTokenDelayMs + plan.chunkDelayMs * (deltas - 1);
}
