import {
  BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand,
  type ContentBlock, type ConverseStreamOutput, type Message, type ToolConfiguration,
} from '@aws-sdk/client-bedrock-runtime';
import { EXAMPLE_CHAT_MODEL_IDS } from '../chat/example-chat-models';
import { startLocalBedrock, type LocalBedrock } from '../local-bedrock';
import { TITAN_EMBED_TEXT_V2 } from '../models/titan-embed-text-v2.handler';

const MODEL = EXAMPLE_CHAT_MODEL_IDS[0];
const PROMPT = `<sources>
[1] Refund policy — Timing
Refunds go back to the original card within 5 business days. Store credit is instant.

[2] Shipping
Express shipping to Canada arrives the next day.
</sources>

Question: How long do refunds take to reach my card?`;
const ANSWER = 'Refunds go back to the original card within 5 business days [1].';
const TOOLS: ToolConfiguration = {
  tools: [{ toolSpec: { name: 'get_order_status', description: 'Order status by id', inputSchema: { json: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] } } } }],
};

const user = (...content: ContentBlock[]): Message => ({ role: 'user', content });
const texts = (events: ConverseStreamOutput[]): string[] => events.flatMap((e) => (e.contentBlockDelta?.delta?.text === undefined ? [] : [e.contentBlockDelta.delta.text]));
const errorOf = (promise: Promise<unknown>): Promise<{ name: string; message: string; $metadata?: { httpStatusCode?: number } }> =>
  promise.then(() => { throw new Error('expected the call to fail'); }, (error: { name: string; message: string }) => error);

describe('Converse and ConverseStream, driven by the real AWS SDK', () => {
  let bedrock: LocalBedrock;
  /** No SDK retries, so each scripted fault surfaces as it was sent. */
  let client: BedrockRuntimeClient;

  /** Every event of a stream; a stream that fails rejects with its error after `received` filled up. */
  const stream = async (messages: Message[], received: ConverseStreamOutput[] = [], extra: { toolConfig?: ToolConfiguration } = {}): Promise<ConverseStreamOutput[]> => {
    const output = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages, ...extra }));
    for await (const event of output.stream!) received.push(event);
    return received;
  };

  beforeAll(async () => {
    bedrock = await startLocalBedrock();
    client = new BedrockRuntimeClient({ region: 'us-east-1', endpoint: bedrock.url, maxAttempts: 1, credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' } });
  });
  afterEach(() => bedrock.reset());
  afterAll(async () => {
    client.destroy();
    await bedrock.close();
  });

  it('answers Converse from the prompt sources with a [n] marker, usage and metrics, and logs the call', async () => {
    const output = await client.send(new ConverseCommand({ modelId: MODEL, system: [{ text: 'Answer from the sources.' }], messages: [user({ text: PROMPT })] }));
    expect(output.output?.message).toEqual({ role: 'assistant', content: [{ text: ANSWER }] });
    expect(output.stopReason).toBe('end_turn');
    expect(output.usage).toEqual({ inputTokens: expect.any(Number) as number, outputTokens: Math.ceil(ANSWER.length / 4), totalTokens: expect.any(Number) as number });
    expect(output.usage!.totalTokens).toBe(output.usage!.inputTokens! + output.usage!.outputTokens!);
    expect(output.metrics?.latencyMs).toEqual(expect.any(Number));
    expect(bedrock.requests).toEqual([expect.objectContaining({ operation: 'Converse', modelId: MODEL, status: 200 })]);
  });

  it('streams the same answer in several chunks that concatenate to it, framed as Bedrock frames it', async () => {
    const events = await stream([user({ text: PROMPT })]);
    expect(texts(events).length).toBeGreaterThan(2);
    expect(texts(events).join('')).toBe(ANSWER);
    expect(events.map((e) => Object.keys(e)[0])).toEqual(['messageStart', ...texts(events).map(() => 'contentBlockDelta'), 'contentBlockStop', 'messageStop', 'metadata']);
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'end_turn' } });
    expect(bedrock.requests[0]).toMatchObject({ operation: 'ConverseStream', status: 200 });
  });

  it('runs a tool round trip: a streamed tool call in input fragments, then an answer from the tool result', async () => {
    const question = user({ text: 'Where is my order #12345?' });
    const events = await stream([question], [], { toolConfig: TOOLS });
    const start = events.find((e) => e.contentBlockStart)?.contentBlockStart;
    expect(start).toEqual({ contentBlockIndex: 0, start: { toolUse: { toolUseId: expect.stringMatching(/^tooluse_/) as string, name: 'get_order_status' } } });
    const fragments = events.flatMap((e) => (e.contentBlockDelta?.delta?.toolUse?.input === undefined ? [] : [e.contentBlockDelta.delta.toolUse.input]));
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(fragments.join(''))).toEqual({ orderId: '12345' });
    expect(events).toContainEqual({ messageStop: { stopReason: 'tool_use' } });

    const toolUseId = start!.start!.toolUse!.toolUseId!;
    const answer = await client.send(new ConverseCommand({
      modelId: MODEL, toolConfig: TOOLS,
      messages: [
        question,
        { role: 'assistant', content: [{ toolUse: { toolUseId, name: 'get_order_status', input: { orderId: '12345' } } }] },
        user({ toolResult: { toolUseId, content: [{ json: { status: 'shipped', carrier: 'UPS', trackingNumber: '1Z999' } }] } }),
      ],
    }));
    expect(answer.output?.message?.content).toEqual([{ text: 'Order 12345 is shipped. It ships with UPS, tracking number 1Z999.' }]);
  });

  it('reports scripted usage, cache reads and writes included, in the metadata event', async () => {
    bedrock.script.enqueueReply(MODEL, { text: 'Cached.', usage: { inputTokens: 12, cacheReadInputTokens: 1024, cacheWriteInputTokens: 64 } });
    const events = await stream([user({ text: 'hi' })]);
    expect(events.at(-1)?.metadata?.usage).toEqual({ inputTokens: 12, outputTokens: 2, totalTokens: 14, cacheReadInputTokens: 1024, cacheWriteInputTokens: 64 });
  });

  it('answers a throttle scripted before the stream as ThrottlingException with HTTP 429', async () => {
    bedrock.script.enqueue(MODEL, 'throttle');
    const error = await errorOf(stream([user({ text: PROMPT })]));
    expect(error).toMatchObject({ name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
  });

  it('throws the modelled exception when a throttlingException event arrives mid-stream', async () => {
    bedrock.script.enqueueReply(MODEL, { faultAfterChunks: { chunks: 1, fault: 'throttle' } });
    const received: ConverseStreamOutput[] = [];
    const error = await errorOf(stream([user({ text: PROMPT })], received));
    // The stream answered 200, so the error carries no HTTP status of its own.
    expect(error).toMatchObject({ name: 'ThrottlingException', message: expect.stringMatching(/Too many tokens/) as string });
    expect(texts(received)).toHaveLength(1);
  });

  it('breaks a cut stream off so the iterator throws, and the HTTP/2 session lives on', async () => {
    bedrock.script.enqueueReply(MODEL, { cutAfterChunks: 2 });
    const received: ConverseStreamOutput[] = [];
    const error = await errorOf(stream([user({ text: PROMPT })], received));
    expect(error.message).toMatch(/NGHTTP2_INTERNAL_ERROR/);
    expect(texts(received)).toHaveLength(2);
    expect(received.some((e) => e.messageStop)).toBe(false);
    expect(texts(await stream([user({ text: PROMPT })])).join('')).toBe(ANSWER);
  });

  it('survives a client walking away mid-stream, and breaks streams off when it closes', async () => {
    const own = await startLocalBedrock();
    const ownClient = new BedrockRuntimeClient({ region: 'us-east-1', endpoint: own.url, maxAttempts: 1, credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' } });
    own.script.setChunkDelay(20);
    const send = (abortSignal?: AbortSignal) => ownClient.send(new ConverseStreamCommand({ modelId: MODEL, messages: [user({ text: PROMPT })] }), abortSignal === undefined ? {} : { abortSignal });
    try {
      const walkAway = new AbortController();
      const abandoned = await send(walkAway.signal);
      try {
        for await (const event of abandoned.stream!) if (event.contentBlockDelta) walkAway.abort();
      } catch {
        // However the SDK ends an aborted iteration, the server must carry on.
      }
      const next = await send();
      const received: ConverseStreamOutput[] = [];
      const error = await errorOf((async () => {
        for await (const event of next.stream!) {
          received.push(event);
          if (event.contentBlockDelta) void own.close();
        }
      })());
      expect(error.message).toMatch(/NGHTTP2_INTERNAL_ERROR/);
      expect(texts(received)).toHaveLength(1);
    } finally {
      ownClient.destroy();
      await own.close();
    }
  });

  it('waits the scripted first-token delay before the first text delta', async () => {
    bedrock.script.setFirstTokenDelay(120);
    const started = Date.now();
    const output = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: [user({ text: PROMPT })] }));
    let firstTokenAt: number | undefined;
    for await (const event of output.stream!) if (event.contentBlockDelta) firstTokenAt ??= Date.now();
    expect(firstTokenAt! - started).toBeGreaterThanOrEqual(118);
  });

  it.each<[string, Message[], RegExp]>([
    ['two user messages in a row', [user({ text: 'a' }), user({ text: 'b' })], /alternate between user and assistant/],
    ['no messages', [], /at 'messages'/],
    ['a first message from the assistant', [{ role: 'assistant', content: [{ text: 'hi' }] }], /must start with a user message/],
    ['an empty content list', [user()], /messages\.0 is empty/],
    ['a toolResult with no toolUse before it', [user({ toolResult: { toolUseId: 'nope', content: [{ text: 'x' }] } })], /exceeds the number of toolUse blocks/],
  ])('rejects %s with ValidationException (400)', async (_case, messages, message) => {
    const error = await errorOf(client.send(new ConverseCommand({ modelId: MODEL, messages, toolConfig: TOOLS })));
    expect(error).toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
    expect(error.message).toMatch(message);
  });

  it('rejects maxTokens below 1, stops at maxTokens, and refuses Converse for the embedding model', async () => {
    const zero = await errorOf(client.send(new ConverseCommand({ modelId: MODEL, messages: [user({ text: PROMPT })], inferenceConfig: { maxTokens: 0 } })));
    expect(zero).toMatchObject({ name: 'ValidationException', message: expect.stringMatching(/inferenceConfig\.maxTokens/) as string });
    const short = await client.send(new ConverseCommand({ modelId: MODEL, messages: [user({ text: PROMPT })], inferenceConfig: { maxTokens: 2 } }));
    expect(short).toMatchObject({ stopReason: 'max_tokens', output: { message: { content: [{ text: 'Refunds ' }] } } });
    const titan = await errorOf(client.send(new ConverseCommand({ modelId: TITAN_EMBED_TEXT_V2, messages: [user({ text: 'x' })] })));
    expect(titan).toMatchObject({ name: 'ValidationException', message: expect.stringMatching(/doesn't support the model/) as string });
  });

  it('is scriptable over HTTP: replies, malformed tool input, input rules, and the first-token delay', async () => {
    const response = await fetch(`${bedrock.url}/__control/script`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstTokenDelayMs: 1, replies: [{ modelId: MODEL, reply: { toolUse: { name: 'get_order_status', rawInput: '{"orderId": 12' } } }], failWhenInputContains: [{ text: 'POISON', fault: 'unavailable' }] }),
    });
    expect(response.status).toBe(200);
    expect(bedrock.script.streamTiming.firstTokenDelayMs).toBe(1);
    const output = await client.send(new ConverseCommand({ modelId: MODEL, messages: [user({ text: 'x' })], toolConfig: TOOLS }));
    // JSON cannot carry malformed input as a document, so it arrives as a string.
    expect(output.output?.message?.content).toEqual([{ toolUse: { toolUseId: expect.any(String) as string, name: 'get_order_status', input: '{"orderId": 12' } }]);
    await expect(stream([user({ text: 'POISON' })])).rejects.toMatchObject({ name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } });
    const bad = await fetch(`${bedrock.url}/__control/script`, { method: 'POST', body: JSON.stringify({ replies: [{ modelId: MODEL, reply: { txt: 'typo' } }] }) });
    expect(bad.status).toBe(400);
  });
});
