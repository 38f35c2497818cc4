import { ConverseCommand, ConverseStreamCommand, type BedrockRuntimeClient, type ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import type { ChatCall, ChatModel, ChatReply, TextSink } from '../../../domain/chat/chat-model.port';
import { mapBedrockChatError, streamEndedEarly, type BedrockFailureContext } from './bedrock-chat-errors';
import { fromConverseResponse } from './bedrock-converse-reply.mapper';
import { toConverseInput } from './bedrock-converse-request.mapper';
import { ConverseStreamAccumulator } from './converse-stream-accumulator';
import { estimatedUsage } from './estimated-usage';

export interface BedrockChatModelOptions {
  /** Built by `createBedrockRuntimeClient` (SDK retries off: retries happen above the port). */
  readonly client: BedrockRuntimeClient;
}

/** A promise that rejects with the signal's reason once it aborts; handled from the start, so an abort nobody is racing is no unhandled rejection. */
function whenAborted(signal: AbortSignal): { readonly promise: Promise<never>; dispose(): void } {
  let onAbort = (): void => undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

/**
 * The chat port over Bedrock's Converse API: `ConverseStream` by default, `Converse` when the
 * call asks for no stream. Failures become `GENERATION.*` AppErrors (bedrock-chat-errors);
 * an abort rejects with the signal's own reason, untouched, because the caller aborts with
 * its own timeout errors.
 */
export class BedrockChatModel implements ChatModel {
  constructor(private readonly options: BedrockChatModelOptions) {}

  async converse(call: ChatCall, onText: TextSink, signal: AbortSignal): Promise<ChatReply> {
    signal.throwIfAborted();
    // Aborted when this call stops early (abort, a failure, a throwing reader): the SDK then
    // closes the HTTP/2 stream, so no response is left half read.
    const release = new AbortController();
    const abortSignal = AbortSignal.any([signal, release.signal]);
    try {
      return call.stream === false ? await this.converseOnce(call, onText, abortSignal) : await this.converseStream(call, onText, signal, abortSignal);
    } catch (error) {
      release.abort();
      if (signal.aborted) throw signal.reason;
      throw error;
    }
  }

  private async converseOnce(call: ChatCall, onText: TextSink, abortSignal: AbortSignal): Promise<ChatReply> {
    let response;
    try {
      response = await this.options.client.send(new ConverseCommand(toConverseInput(call)), { abortSignal });
    } catch (error) {
      throw mapBedrockChatError(error, { modelId: call.model, streamOpened: false, textStarted: false });
    }
    const reply = fromConverseResponse(response);
    if (reply.text !== '') await onText(reply.text);
    return { ...reply, usage: reply.usage ?? estimatedUsage(call, reply.text, reply.toolCalls) };
  }

  private async converseStream(call: ChatCall, onText: TextSink, signal: AbortSignal, abortSignal: AbortSignal): Promise<ChatReply> {
    let response;
    try {
      response = await this.options.client.send(new ConverseStreamCommand(toConverseInput(call)), { abortSignal });
    } catch (error) {
      throw mapBedrockChatError(error, { modelId: call.model, streamOpened: false, textStarted: false });
    }
    const accumulator = new ConverseStreamAccumulator();
    const context = (): BedrockFailureContext => ({ modelId: call.model, streamOpened: true, textStarted: accumulator.textStarted, requestId: response.$metadata.requestId });
    if (response.stream === undefined) throw streamEndedEarly(context());
    const events = response.stream[Symbol.asyncIterator]();
    // Raced against every read: a stream that has gone silent must not hold an aborted call.
    const aborted = whenAborted(signal);
    try {
      for (;;) {
        let step: IteratorResult<ConverseStreamOutput>;
        try {
          step = await Promise.race([events.next(), aborted.promise]);
        } catch (error) {
          if (signal.aborted) throw signal.reason;
          // After messageStop only the usage report was still to come: the answer is whole.
          if (accumulator.finished) break;
          throw mapBedrockChatError(error, context());
        }
        if (step.done) break;
        const text = accumulator.apply(step.value);
        if (text !== '') await onText(text);
        signal.throwIfAborted();
      }
    } finally {
      aborted.dispose();
    }
    if (!accumulator.finished) throw streamEndedEarly(context());
    return accumulator.reply(call);
  }
}
