import { randomUUID } from 'node:crypto';
import { STREAM_FAULT_MESSAGES, type StreamFaultKind } from '../chat/stream-fault';
import { playTurn, type ContentDelta, type TurnSink } from '../chat/turn-player';
import type { TurnPlan } from '../chat/turn-plan';
import { encodeEvent, encodeException } from '../eventstream/event-stream-encoder';
import { breakOff, openState, type WireResponse } from '../wire';
import { CONVERSE_FAULTS, converseUsage } from './converse-response';

/**
 * Writes a turn as ConverseStream's event stream. Text is content block 0 (deltas only, no
 * start event, as Bedrock sends it); each tool call is its own block opened by
 * `contentBlockStart` with its id and name, then its input as JSON string fragments.
 */
function converseStreamSink(res: WireResponse, plan: TurnPlan, startedAt: number): TurnSink {
  const isOpen = openState(res);
  let openBlock: number | undefined;
  let nextBlock = 0;
  const send = (eventType: string, payload: unknown): void => {
    res.write(encodeEvent(eventType, payload));
  };
  const closeBlock = (): void => {
    if (openBlock !== undefined) send('contentBlockStop', { contentBlockIndex: openBlock });
    openBlock = undefined;
  };
  return {
    isOpen,
    delta(delta: ContentDelta): void {
      if (delta.kind === 'text') {
        openBlock ??= nextBlock++;
        return send('contentBlockDelta', { contentBlockIndex: openBlock, delta: { text: delta.text } });
      }
      if (delta.first) {
        closeBlock();
        openBlock = nextBlock++;
        send('contentBlockStart', { contentBlockIndex: openBlock, start: { toolUse: { toolUseId: delta.call.id, name: delta.call.name } } });
      }
      send('contentBlockDelta', { contentBlockIndex: openBlock, delta: { toolUse: { input: delta.fragment } } });
    },
    finish(): void {
      closeBlock();
      send('messageStop', { stopReason: plan.stopReason });
      send('metadata', { usage: converseUsage(plan.usage), metrics: { latencyMs: Date.now() - startedAt } });
      res.end();
    },
    fault(fault: StreamFaultKind): void {
      const message = STREAM_FAULT_MESSAGES[fault];
      const extra = fault === 'modelStreamError' ? { originalStatusCode: 500, originalMessage: message } : {};
      res.write(encodeException(CONVERSE_FAULTS[fault].event, { message, ...extra }));
      res.end();
    },
    cut: () => breakOff(res),
  };
}

/**
 * Answers ConverseStream: the 200 headers and `messageStart` go out at once (Bedrock commits to
 * the stream before the model produces a token, and the SDK's `send` resolves on the first
 * event), then the turn is played in real time.
 */
export async function streamConverse(res: WireResponse, plan: TurnPlan, startedAt: number, delay: (ms: number) => Promise<boolean>): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': randomUUID() });
  res.write(encodeEvent('messageStart', { role: 'assistant' }));
  await playTurn(plan, converseStreamSink(res, plan, startedAt), delay);
}
