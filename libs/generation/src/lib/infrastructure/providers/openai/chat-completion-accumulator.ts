import type { ChatCall, ChatReply, TokenUsage } from '../../../domain/chat/chat-model.port';
// Provider-neutral, kept in the Bedrock folder: both adapters use them.
import { estimatedUsage } from '../bedrock/estimated-usage';
import { ToolCallAccumulator } from '../bedrock/tool-call-accumulator';
import { toStopReason, toTokenUsage, type OpenAiUsage } from './openai-chat-reply.mapper';

/** One `chat.completion.chunk` as OpenAI-compatible servers stream it (only what is read). */
export interface ChatCompletionChunk {
  readonly choices?: readonly {
    readonly index?: number;
    readonly delta?: {
      readonly content?: string | null;
      readonly tool_calls?: readonly { readonly index?: number; readonly id?: string; readonly function?: { readonly name?: string; readonly arguments?: string } }[] | null;
    } | null;
    readonly finish_reason?: string | null;
  }[];
  readonly usage?: OpenAiUsage | null;
}

/**
 * Folds streamed chunks into a reply: text deltas are returned for the adapter to pass on,
 * tool-call argument fragments are joined by their `index`, the last `usage` seen wins
 * (the `include_usage` chunk has empty `choices`; some servers repeat usage on every chunk).
 */
export class ChatCompletionAccumulator {
  private text = '';
  private readonly tools = new ToolCallAccumulator();
  private finishReason: string | undefined;
  private usage: TokenUsage | undefined;

  /** Applies one chunk and returns the text it adds ('' when none). */
  apply(chunk: ChatCompletionChunk): string {
    if (chunk.usage) this.usage = toTokenUsage(chunk.usage);
    // One choice is asked for (no `n`), so only choice 0 is read.
    const choice = chunk.choices?.find((c) => (c.index ?? 0) === 0);
    if (choice === undefined) return '';
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
    for (const call of choice.delta?.tool_calls ?? []) {
      this.tools.add(call.index ?? 0, { id: call.id, name: call.function?.name, fragment: call.function?.arguments });
    }
    const content = choice.delta?.content;
    if (typeof content !== 'string' || content === '') return '';
    this.text += content;
    return content;
  }

  /** Whether a `finish_reason` came: the model finished, only the usage chunk may still be missing. */
  get finished(): boolean {
    return this.finishReason !== undefined;
  }

  get textStarted(): boolean {
    return this.text.length > 0;
  }

  /** The reply; usage is estimated for servers that ignore `include_usage` (see {@link estimatedUsage}). */
  reply(call: ChatCall): ChatReply {
    const toolCalls = this.tools.calls();
    return { text: this.text, toolCalls, stopReason: toStopReason(this.finishReason), usage: this.usage ?? estimatedUsage(call, this.text, toolCalls) };
  }
}
