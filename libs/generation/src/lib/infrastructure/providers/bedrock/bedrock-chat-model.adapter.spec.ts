import { ConverseCommand, ConverseStreamCommand, type BedrockRuntimeClient, type ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import type { ChatCall } from '../../../domain/chat/chat-model.port';
import { BedrockChatModel } from './bedrock-chat-model.adapter';

const call: ChatCall = { model: 'm', system: 'Be brief.', messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }], maxOutputTokens: 50 };
const stop: ConverseStreamOutput = { messageStop: { stopReason: 'end_turn' } };
const metadata: ConverseStreamOutput = { metadata: { usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 }, metrics: { latencyMs: 9 } } };
const text = (t: string): ConverseStreamOutput => ({ contentBlockDelta: { contentBlockIndex: 0, delta: { text: t } } });

/** A stream that yields `events`, then throws `failure` or, with `hang`, never ends. */
async function* eventStream(events: ConverseStreamOutput[], end: { failure?: unknown; hang?: boolean } = {}): AsyncGenerator<ConverseStreamOutput> {
  for (const event of events) yield event;
  if (end.failure !== undefined) throw end.failure;
  if (end.hang) await new Promise(() => undefined);
}

/** A client stub recording what was sent and the abort signal it was given. */
function stubClient(answer: unknown): { client: BedrockRuntimeClient; sent: { command: unknown; abortSignal: AbortSignal }[] } {
  const sent: { command: unknown; abortSignal: AbortSignal }[] = [];
  const client = {
    send: (command: unknown, options: { abortSignal: AbortSignal }) => {
      sent.push({ command, abortSignal: options.abortSignal });
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  } as unknown as BedrockRuntimeClient;
  return { client, sent };
}

const streamed = (events: ConverseStreamOutput[], end?: { failure?: unknown; hang?: boolean }) => ({ $metadata: { requestId: 'req-1' }, stream: eventStream(events, end) });

describe('BedrockChatModel (stubbed client)', () => {
  it('sends ConverseStream with the mapped input and passes text on in order', async () => {
    const { client, sent } = stubClient(streamed([text('Hel'), text('lo'), stop, metadata]));
    const seen: string[] = [];
    const reply = await new BedrockChatModel({ client }).converse(call, async (t) => { seen.push(t); }, new AbortController().signal);
    expect(seen).toEqual(['Hel', 'lo']);
    expect(reply).toEqual({ text: 'Hello', toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 3, outputTokens: 2 }, providerLatencyMs: 9 });
    expect(sent[0]!.command).toBeInstanceOf(ConverseStreamCommand);
    expect((sent[0]!.command as ConverseStreamCommand).input).toMatchObject({ modelId: 'm', inferenceConfig: { maxTokens: 50 } });
    expect(sent[0]!.abortSignal.aborted).toBe(false);
  });

  it('sends Converse when the call asks for no stream, and gives the whole text once', async () => {
    const { client, sent } = stubClient({
      $metadata: {}, output: { message: { role: 'assistant', content: [{ text: 'All done.' }] } }, stopReason: 'end_turn', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 }, metrics: { latencyMs: 4 },
    });
    const seen: string[] = [];
    const reply = await new BedrockChatModel({ client }).converse({ ...call, stream: false }, async (t) => { seen.push(t); }, new AbortController().signal);
    expect(sent[0]!.command).toBeInstanceOf(ConverseCommand);
    expect(seen).toEqual(['All done.']);
    expect(reply).toMatchObject({ text: 'All done.', usage: { inputTokens: 1, outputTokens: 2 }, providerLatencyMs: 4 });
  });

  it('rejects with the signal’s own reason when aborted while the stream is silent, and releases the stream', async () => {
    const { client, sent } = stubClient(streamed([text('Hel')], { hang: true }));
    const controller = new AbortController();
    const reason = new Error('first token timeout');
    const pending = new BedrockChatModel({ client }).converse(call, async () => { setTimeout(() => controller.abort(reason), 5); }, controller.signal);
    await expect(pending).rejects.toBe(reason);
    expect(sent[0]!.abortSignal.aborted).toBe(true);
  });

  it('does not send at all when the signal is already aborted', async () => {
    const { client, sent } = stubClient(streamed([stop]));
    const reason = new Error('too late');
    await expect(new BedrockChatModel({ client }).converse(call, async () => undefined, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(sent).toHaveLength(0);
  });

  it('reports a stream that ends before messageStop as interrupted', async () => {
    const { client } = stubClient(streamed([text('Hel')]));
    await expect(new BedrockChatModel({ client }).converse(call, async () => undefined, new AbortController().signal))
      .rejects.toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true, details: { requestId: 'req-1' } });
  });

  it('maps an exception event thrown by the stream', async () => {
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    const { client } = stubClient(streamed([text('Hel')], { failure: throttled }));
    await expect(new BedrockChatModel({ client }).converse(call, async () => undefined, new AbortController().signal))
      .rejects.toMatchObject({ code: 'GENERATION.THROTTLED', retriable: true, details: { awsError: 'ThrottlingException' } });
  });

  it('keeps a finished answer whose stream broke before the usage report, estimating usage', async () => {
    const { client } = stubClient(streamed([text('Hello there'), stop], { failure: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }));
    const reply = await new BedrockChatModel({ client }).converse(call, async () => undefined, new AbortController().signal);
    expect(reply).toEqual({ text: 'Hello there', toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 4, outputTokens: 3 } });
  });

  it('lets a failing reader’s error through unchanged and releases the stream', async () => {
    const { client, sent } = stubClient(streamed([text('Hel'), text('lo'), stop], { hang: true }));
    const readerError = new Error('client went away');
    await expect(new BedrockChatModel({ client }).converse(call, () => Promise.reject(readerError), new AbortController().signal)).rejects.toBe(readerError);
    expect(sent[0]!.abortSignal.aborted).toBe(true);
  });

  it('maps a failed send before any stream', async () => {
    const denied = Object.assign(new Error('no access'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403, requestId: 'req-2' } });
    const { client } = stubClient(denied);
    await expect(new BedrockChatModel({ client }).converse(call, async () => undefined, new AbortController().signal))
      .rejects.toMatchObject({ code: 'GENERATION.MISCONFIGURED', retriable: false, details: { httpStatus: 403, requestId: 'req-2' } });
  });
});
