import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import type { ChatCall, ChatReply, TokenUsage } from '../../../domain/chat/chat-model.port';
import { toStopReason, toTokenUsage } from './bedrock-converse-reply.mapper';
import { estimatedUsage } from './estimated-usage';
import { ToolCallAccumulator } from './tool-call-accumulator';

/**
 * Folds ConverseStream events into a reply. Text deltas are returned as they come, for the
 * adapter to pass on; tool-use input arrives as JSON fragments per content block, joined
 * here. Exception events never reach it: the SDK throws them from the stream's iterator.
 */
export class ConverseStreamAccumulator {
  private text = '';
  private readonly tools = new ToolCallAccumulator();
  private bedrockStopReason: string | undefined;
  private stopped = false;
  private usage: TokenUsage | undefined;
  private latencyMs: number | undefined;

  /** Applies one event and returns the text it adds ('' when none). */
  apply(event: ConverseStreamOutput): string {
    if (event.contentBlockStart !== undefined) {
      const toolUse = event.contentBlockStart.start?.toolUse;
      if (toolUse !== undefined) this.tools.add(event.contentBlockStart.contentBlockIndex ?? 0, { id: toolUse.toolUseId, name: toolUse.name });
    } else if (event.contentBlockDelta !== undefined) {
      const { delta, contentBlockIndex } = event.contentBlockDelta;
      if (delta?.toolUse !== undefined) this.tools.add(contentBlockIndex ?? 0, { fragment: delta.toolUse.input });
      // Reasoning, citation and image deltas are not answer text: only `text` goes to the reader.
      if (typeof delta?.text === 'string') {
        this.text += delta.text;
        return delta.text;
      }
    } else if (event.messageStop !== undefined) {
      this.stopped = true;
      this.bedrockStopReason = event.messageStop.stopReason;
    } else if (event.metadata !== undefined) {
      if (event.metadata.usage !== undefined) this.usage = toTokenUsage(event.metadata.usage);
      this.latencyMs = event.metadata.metrics?.latencyMs;
    }
    return '';
  }

  /** Whether `messageStop` came: the model finished, only the usage report may still be missing. */
  get finished(): boolean {
    return this.stopped;
  }

  get textStarted(): boolean {
    return this.text.length > 0;
  }

  /** The reply so far; usage is estimated when the `metadata` event never came (see {@link estimatedUsage}). */
  reply(call: ChatCall): ChatReply {
    const toolCalls = this.tools.calls();
    return {
      text: this.text,
      toolCalls,
      stopReason: toStopReason(this.bedrockStopReason),
      usage: this.usage ?? estimatedUsage(call, this.text, toolCalls),
      ...(this.latencyMs === undefined ? {} : { providerLatencyMs: this.latencyMs }),
    };
  }
}
