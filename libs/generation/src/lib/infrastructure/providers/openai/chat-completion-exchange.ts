import type { ChatCall, ChatReply, TextSink } from '../../../domain/chat/chat-model.port';
import { GENERATION_ERROR } from '../../../domain/chat/generation-errors';
// Provider-neutral, kept in the Bedrock folder: both adapters use it.
import { estimatedUsage } from '../bedrock/estimated-usage';
import { ChatCompletionAccumulator, type ChatCompletionChunk } from './chat-completion-accumulator';
import { IdleTimeout } from './idle-timeout';
import { errorEventFailure, httpFailure, openAiError, transportFailure, type OpenAiFailureContext } from './openai-chat-errors';
import { fromChatCompletion, type OpenAiCompletion } from './openai-chat-reply.mapper';
import { toChatCompletionBody } from './openai-chat-request.mapper';
import { SseParser } from './sse-lines';

/** Where a request goes and how, fixed per adapter. */
export interface ChatCompletionTarget {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly requestTimeoutMs: number | undefined;
  readonly context: Omit<OpenAiFailureContext, 'model'>;
}

/** A JSON body, or the failure an `error` object in it stands for. */
function parseBody<T>(text: string, context: OpenAiFailureContext, unparsable: () => Error): T {
  let value: T & { error?: unknown };
  try {
    value = JSON.parse(text) as T & { error?: unknown };
  } catch {
    throw unparsable();
  }
  if (typeof value.error === 'object' && value.error !== null) throw errorEventFailure(context, value.error);
  return value;
}

/**
 * One chat-completions call: the request, then either the SSE stream or a JSON completion.
 * Every fetch step goes through {@link step}, which tells the caller's abort (rethrown as
 * its reason), the idle timeout and transport failures apart.
 */
export class ChatCompletionExchange {
  private readonly context: OpenAiFailureContext;
  private readonly idle: IdleTimeout;
  /** Aborted when the call stops early (a failure, a throwing reader), so the response is not left half read. */
  private readonly release = new AbortController();
  private readonly state = { responded: false, textStarted: false };

  constructor(private readonly target: ChatCompletionTarget, private readonly call: ChatCall, private readonly onText: TextSink, private readonly signal: AbortSignal) {
    this.context = { ...target.context, model: call.model };
    this.idle = new IdleTimeout(target.requestTimeoutMs);
  }

  async run(): Promise<ChatReply> {
    try {
      const response = await this.step(() => fetch(this.target.url, {
        method: 'POST', headers: this.target.headers, body: JSON.stringify(toChatCompletionBody(this.call)),
        signal: AbortSignal.any([this.signal, this.idle.signal, this.release.signal]),
      }));
      this.state.responded = true;
      this.idle.touch();
      if (!response.ok) throw httpFailure(this.context, response.status, response.headers, await this.step(() => response.text()));
      // A server that ignores `stream: true` answers with one JSON completion: read it as such.
      const streamed = this.call.stream !== false && (response.headers.get('content-type') ?? '').includes('text/event-stream');
      if (streamed && response.body !== null) return await this.readStream(response.body);
      return await this.readCompletion(await this.step(() => response.text()));
    } catch (error) {
      this.release.abort();
      if (this.signal.aborted) throw this.signal.reason;
      throw error;
    } finally {
      this.idle.stop();
    }
  }

  private async step<T>(io: () => Promise<T>): Promise<T> {
    try {
      return await io();
    } catch (error) {
      if (this.signal.aborted) throw this.signal.reason;
      if (this.idle.fired) throw openAiError(this.context, GENERATION_ERROR.TIMEOUT, `no data for ${this.target.requestTimeoutMs} ms`);
      throw transportFailure(this.context, error, this.state);
    }
  }

  private async readCompletion(body: string): Promise<ChatReply> {
    const completion = parseBody<OpenAiCompletion>(body, this.context, () => openAiError(this.context, GENERATION_ERROR.UNAVAILABLE, 'answered with a body that is not JSON'));
    const reply = fromChatCompletion(completion);
    if (reply.text !== '') await this.onText(reply.text);
    return { ...reply, usage: reply.usage ?? estimatedUsage(this.call, reply.text, reply.toolCalls) };
  }

  private async readStream(body: ReadableStream<Uint8Array>): Promise<ChatReply> {
    const accumulator = new ChatCompletionAccumulator();
    const parser = new SseParser();
    const reader = body.getReader();
    let sawDone = false;
    try {
      for (let ended = false; !ended && !sawDone;) {
        const read = await this.step(() => reader.read());
        this.idle.touch();
        ended = read.done;
        for (const data of read.done ? parser.end() : parser.push(read.value)) {
          // A blank `data:` is a keep-alive some servers send.
          if (data.trim() === '') continue;
          if (data === '[DONE]') {
            sawDone = true;
            break;
          }
          const chunk = parseBody<ChatCompletionChunk>(data, this.context, () => openAiError(this.context, GENERATION_ERROR.STREAM_INTERRUPTED, `unparsable stream event: ${data.slice(0, 100)}`));
          const text = accumulator.apply(chunk);
          if (text === '') continue;
          this.state.textStarted = true;
          this.idle.pause();
          await this.onText(text);
          this.idle.touch();
          this.signal.throwIfAborted();
        }
      }
    } finally {
      // After [DONE] or a failure the rest is not wanted; cancelling a finished body is a no-op.
      reader.cancel().catch(() => undefined);
    }
    if (!sawDone && !accumulator.finished) throw openAiError(this.context, GENERATION_ERROR.STREAM_INTERRUPTED, 'stream ended before a finish_reason or [DONE]');
    return accumulator.reply(this.call);
  }
}
