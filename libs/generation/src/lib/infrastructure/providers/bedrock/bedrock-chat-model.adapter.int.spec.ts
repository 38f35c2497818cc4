import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { EXAMPLE_CHAT_MODEL_IDS, startLocalBedrock, type LocalBedrock } from '@sagewire/bedrock-local';
import { AppError } from '@sagewire/errors';
import type { ChatCall, ChatReply } from '../../../domain/chat/chat-model.port';
import { BedrockChatModel } from './bedrock-chat-model.adapter';
import { createBedrockRuntimeClient } from './bedrock-runtime-client';

const MODEL = EXAMPLE_CHAT_MODEL_IDS[0];
const SECRET = 'local-test-secret-never-shown';
const call: ChatCall = {
  model: MODEL,
  system: 'You are a support agent.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is my order?' }] }],
  maxOutputTokens: 400,
};
const lookupTool = { name: 'lookup_order', description: 'Finds an order by its number', inputSchema: { type: 'object', properties: { orderNumber: { type: 'string' } }, required: ['orderNumber'] } };

describe('BedrockChatModel against the local Bedrock server (real SDK, HTTP/2)', () => {
  let bedrock: LocalBedrock;
  const clients: BedrockRuntimeClient[] = [];
  const saved = { id: process.env['AWS_ACCESS_KEY_ID'], secret: process.env['AWS_SECRET_ACCESS_KEY'] };
  const model = (requestTimeoutMs = 5_000, endpoint = bedrock.url): BedrockChatModel => {
    const client = createBedrockRuntimeClient({ region: 'us-east-1', endpoint, requestTimeoutMs });
    clients.push(client);
    return new BedrockChatModel({ client });
  };
  const converse = async (target: BedrockChatModel, c: ChatCall = call, signal = new AbortController().signal): Promise<{ reply: ChatReply; deltas: string[] }> => {
    const deltas: string[] = [];
    const reply = await target.converse(c, async (text) => { deltas.push(text); }, signal);
    return { reply, deltas };
  };
  const failure = async (promise: Promise<unknown>): Promise<AppError> => {
    const error = await promise.then(() => { throw new Error('expected converse to fail'); }, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).not.toContain(SECRET);
    return error as AppError;
  };

  beforeAll(async () => {
    // The factory takes credentials from the default chain, as in production.
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIDLOCALTEST';
    process.env['AWS_SECRET_ACCESS_KEY'] = SECRET;
    bedrock = await startLocalBedrock();
  });
  afterEach(() => bedrock.reset());
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await bedrock.close();
    for (const [name, value] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('streams the text in several deltas and reads usage, cache counts and latency', async () => {
    const chunks = ['Your order ', 'left our warehouse ', 'this morning.'];
    bedrock.script.enqueueReply(MODEL, { chunks, usage: { inputTokens: 21, outputTokens: 9, cacheReadInputTokens: 1200, cacheWriteInputTokens: 300 }, chunkDelayMs: 5 });
    const { reply, deltas } = await converse(model(), { ...call, temperature: 0.1 });
    expect(deltas).toEqual(chunks);
    expect(reply).toMatchObject({ text: chunks.join(''), toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 21, outputTokens: 9, cacheReadTokens: 1200, cacheWriteTokens: 300 } });
    expect(reply.providerLatencyMs).toEqual(expect.any(Number));
    expect(bedrock.requests).toHaveLength(1);
    expect(bedrock.requests[0]).toMatchObject({
      operation: 'ConverseStream', modelId: MODEL,
      body: { system: [{ text: call.system }], messages: [{ role: 'user', content: [{ text: 'Where is my order?' }] }], inferenceConfig: { maxTokens: 400, temperature: 0.1 } },
    });
  });

  it('assembles a tool call streamed in fragments', async () => {
    bedrock.script.enqueueReply(MODEL, { toolUse: { name: 'lookup_order', input: { orderNumber: 'A-10023', includeHistory: true }, id: 'tooluse_1' } });
    const { reply, deltas } = await converse(model(), { ...call, tools: [lookupTool] });
    expect(deltas).toEqual([]);
    expect(reply).toMatchObject({ text: '', stopReason: 'tool_use', toolCalls: [{ id: 'tooluse_1', name: 'lookup_order', input: { orderNumber: 'A-10023', includeHistory: true }, rawInput: '{"orderNumber":"A-10023","includeHistory":true}' }] });
    expect(bedrock.requests[0]!.body).toMatchObject({ toolConfig: { tools: [{ toolSpec: { name: 'lookup_order', inputSchema: { json: lookupTool.inputSchema } } }] } });
  });

  it('keeps malformed tool arguments raw, with input undefined', async () => {
    bedrock.script.enqueueReply(MODEL, { toolUse: { name: 'lookup_order', rawInput: '{"orderNumber": A-10023' } });
    const { reply } = await converse(model(), { ...call, tools: [lookupTool] });
    expect(reply.toolCalls).toEqual([{ id: expect.any(String), name: 'lookup_order', input: undefined, rawInput: '{"orderNumber": A-10023' }]);
  });

  it('sends a whole conversation with tool use and results back', async () => {
    bedrock.script.enqueueReply(MODEL, { text: 'It shipped yesterday.' });
    const { reply } = await converse(model(), {
      ...call,
      tools: [lookupTool],
      messages: [
        call.messages[0]!,
        { role: 'assistant', content: [{ type: 'text', text: '' }, { type: 'tool_use', id: 'tu1', name: 'lookup_order', input: { orderNumber: 'A-1' } }] },
        { role: 'user', content: [{ type: 'tool_result', toolUseId: 'tu1', text: '{"status":"shipped"}', isError: false }] },
      ],
    });
    expect(reply.text).toBe('It shipped yesterday.');
    expect((bedrock.requests[0]!.body as { messages: unknown[] }).messages.slice(1)).toEqual([
      { role: 'assistant', content: [{ toolUse: { toolUseId: 'tu1', name: 'lookup_order', input: { orderNumber: 'A-1' } } }] },
      { role: 'user', content: [{ toolResult: { toolUseId: 'tu1', content: [{ text: '{"status":"shipped"}' }], status: 'success' } }] },
    ]);
  });

  it('uses Converse when the call asks for no stream, giving the whole text once', async () => {
    bedrock.script.enqueueReply(MODEL, { chunks: ['One ', 'two ', 'three.'], usage: { inputTokens: 5, outputTokens: 3 } });
    const { reply, deltas } = await converse(model(), { ...call, stream: false });
    expect(deltas).toEqual(['One two three.']);
    expect(reply).toMatchObject({ text: 'One two three.', stopReason: 'end_turn', usage: { inputTokens: 5, outputTokens: 3 } });
    expect(bedrock.requests[0]!.operation).toBe('Converse');
  });

  it.each([
    ['throttle', 'GENERATION.THROTTLED', true, 429],
    ['notReady', 'GENERATION.MODEL_NOT_READY', true, 429],
    ['unavailable', 'GENERATION.UNAVAILABLE', true, 503],
    ['internal', 'GENERATION.UNAVAILABLE', true, 500],
    ['accessDenied', 'GENERATION.MISCONFIGURED', false, 403],
    ['validation', 'GENERATION.INVALID_REQUEST', false, 400],
  ] as const)('maps %s to %s (retriable: %s), sent once (no SDK retry)', async (fault, code, retriable, httpStatus) => {
    bedrock.script.enqueue(MODEL, fault);
    const error = await failure(converse(model()));
    expect(error).toMatchObject({ code, retriable, details: { provider: 'bedrock', modelId: MODEL, httpStatus, requestId: expect.any(String) } });
    expect(bedrock.requests).toHaveLength(1);
  });

  it.each([
    ['throttle', 'GENERATION.THROTTLED', 'ThrottlingException'],
    ['unavailable', 'GENERATION.UNAVAILABLE', 'ServiceUnavailableException'],
    ['internal', 'GENERATION.UNAVAILABLE', 'InternalServerException'],
    ['modelStreamError', 'GENERATION.UNAVAILABLE', 'ModelStreamErrorException'],
    ['validation', 'GENERATION.INVALID_REQUEST', 'ValidationException'],
  ] as const)('maps a mid-stream %s exception event to %s, after the text before it', async (fault, code, awsError) => {
    bedrock.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd'], faultAfterChunks: { chunks: 2, fault } });
    const deltas: string[] = [];
    const error = await failure(model().converse(call, async (t) => { deltas.push(t); }, new AbortController().signal));
    expect(deltas).toEqual(['a ', 'b ']);
    expect(error).toMatchObject({ code, details: { awsError, requestId: expect.any(String) } });
  });

  it('reports a stream broken off mid-answer as interrupted and retriable', async () => {
    bedrock.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd'], cutAfterChunks: 2 });
    const deltas: string[] = [];
    const error = await failure(model().converse(call, async (t) => { deltas.push(t); }, new AbortController().signal));
    expect(deltas).toEqual(['a ', 'b ']);
    expect(error).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true });
  });

  it('reports a stream reset before any text as unavailable (a network error with nothing shown), retriable', async () => {
    bedrock.script.enqueueReply(MODEL, { chunks: ['a ', 'b'], cutAfterChunks: 0 });
    const error = await failure(converse(model()));
    expect(error).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
    expect(error.message).toContain('ERR_HTTP2_STREAM_ERROR');
  });

  it('rejects a hung call with the signal’s own reason as soon as it aborts', async () => {
    bedrock.script.enqueue(MODEL, 'hang');
    const reason = new Error('caller first-token timeout');
    const started = Date.now();
    await expect(converse(model(), call, abortAfter(150, reason))).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects with the signal’s reason when aborted between two deltas', async () => {
    bedrock.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c'], chunkDelayMs: 30_000 });
    const reason = new Error('caller next-token timeout');
    const controller = new AbortController();
    const deltas: string[] = [];
    const pending = model().converse(call, async (t) => { deltas.push(t); setTimeout(() => controller.abort(reason), 50); }, controller.signal);
    await expect(pending).rejects.toBe(reason);
    expect(deltas).toEqual(['a ']);
  });

  it('times out a call that gets no response within requestTimeoutMs', async () => {
    bedrock.script.enqueue(MODEL, 'hang');
    const started = Date.now();
    expect(await failure(converse(model(300)))).toMatchObject({ code: 'GENERATION.TIMEOUT', retriable: true, details: { awsError: 'TimeoutError' } });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a stream silent for requestTimeoutMs as interrupted, though the SDK ends it without an error', async () => {
    // The HTTP/2 handler closes an idle stream gracefully once the response has begun: the
    // events just stop. Only the missing messageStop tells this from a finished answer.
    bedrock.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c'], chunkDelayMs: 30_000 });
    const started = Date.now();
    const deltas: string[] = [];
    const error = await failure(model(300).converse(call, async (t) => { deltas.push(t); }, new AbortController().signal));
    expect(deltas).toEqual(['a ']);
    expect(error).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not count a slow reader as server silence', async () => {
    // The server is never silent for 200 ms (a chunk every 150 ms), the reader takes 300 ms a chunk.
    bedrock.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd'], chunkDelayMs: 150 });
    const deltas: string[] = [];
    const slowReader = async (text: string): Promise<void> => {
      deltas.push(text);
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    const reply = await model(200).converse(call, slowReader, new AbortController().signal);
    expect(reply.text).toBe('a b c d');
    expect(deltas).toEqual(['a ', 'b ', 'c ', 'd']);
  });

  it('reports an unreachable endpoint as unavailable, retriable', async () => {
    const gone = await startLocalBedrock();
    const url = gone.url;
    await gone.close();
    expect(await failure(converse(model(5_000, url)))).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
  });
});

/** A signal that aborts with `reason` after `ms`. */
function abortAfter(ms: number, reason: Error): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(reason), ms).unref();
  return controller.signal;
}
