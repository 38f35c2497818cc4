import { startLocalOpenAi, type LocalOpenAi } from '@sagewire/bedrock-local';
import { AppError } from '@sagewire/errors';
import type { ChatCall, ChatReply } from '../../../domain/chat/chat-model.port';
import { OpenAiCompatibleChatModel, type OpenAiCompatibleChatModelOptions } from './openai-compatible-chat-model.adapter';

const MODEL = 'gpt-4o-mini';
const API_KEY = 'sk-local-0123456789abcdef';
const call: ChatCall = {
  model: MODEL,
  system: 'You are a support agent.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is my order?' }] }],
  maxOutputTokens: 400,
};
const lookupTool = { name: 'lookup_order', description: 'Finds an order by its number', inputSchema: { type: 'object', properties: { orderNumber: { type: 'string' } }, required: ['orderNumber'] } };

/** A signal that aborts with `reason` after `ms`. */
function abortAfter(ms: number, reason: Error): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(reason), ms).unref();
  return controller.signal;
}

describe('OpenAiCompatibleChatModel against the local OpenAI-compatible server', () => {
  let server: LocalOpenAi;
  const model = (overrides: Partial<OpenAiCompatibleChatModelOptions> = {}): OpenAiCompatibleChatModel =>
    new OpenAiCompatibleChatModel({ baseUrl: server.url, apiKey: API_KEY, ...overrides });
  const converse = async (target: OpenAiCompatibleChatModel, c: ChatCall = call, signal = new AbortController().signal): Promise<{ reply: ChatReply; deltas: string[] }> => {
    const deltas: string[] = [];
    const reply = await target.converse(c, async (text) => { deltas.push(text); }, signal);
    return { reply, deltas };
  };
  const failure = async (promise: Promise<unknown>): Promise<AppError> => {
    const error = await promise.then(() => { throw new Error('expected converse to fail'); }, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).not.toContain(API_KEY);
    return error as AppError;
  };

  beforeAll(async () => {
    server = await startLocalOpenAi({ apiKey: API_KEY });
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  it('streams the text in several deltas, asks for usage and reads it, cached tokens apart', async () => {
    const chunks = ['Your order ', 'left our warehouse ', 'this morning.'];
    server.script.enqueueReply(MODEL, { chunks, usage: { inputTokens: 21, outputTokens: 9, cacheReadInputTokens: 1200 }, chunkDelayMs: 5 });
    const { reply, deltas } = await converse(model(), { ...call, temperature: 0.3 });
    expect(deltas).toEqual(chunks);
    // The server reports prompt_tokens = 1221 with 1200 cached; the port counts input apart from cache reads.
    expect(reply).toEqual({ text: chunks.join(''), toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 21, outputTokens: 9, cacheReadTokens: 1200 } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toEqual({
      model: MODEL,
      messages: [{ role: 'system', content: call.system }, { role: 'user', content: 'Where is my order?' }],
      max_tokens: 400, temperature: 0.3, stream: true, stream_options: { include_usage: true },
    });
  });

  it('accepts a base URL that ends in /v1', async () => {
    server.script.enqueueReply(MODEL, { text: 'Hello there.' });
    expect((await converse(model({ baseUrl: `${server.url}/v1/` }))).reply.text).toBe('Hello there.');
  });

  it('assembles a tool call streamed in fragments', async () => {
    server.script.enqueueReply(MODEL, { toolUse: { name: 'lookup_order', input: { orderNumber: 'A-10023', includeHistory: true }, id: 'call_1' } });
    const { reply, deltas } = await converse(model(), { ...call, tools: [lookupTool] });
    expect(deltas).toEqual([]);
    expect(reply).toMatchObject({ text: '', stopReason: 'tool_use', toolCalls: [{ id: 'call_1', name: 'lookup_order', input: { orderNumber: 'A-10023', includeHistory: true }, rawInput: '{"orderNumber":"A-10023","includeHistory":true}' }] });
    expect(server.requests[0]!.body).toMatchObject({ tools: [{ type: 'function', function: { name: 'lookup_order', description: lookupTool.description, parameters: lookupTool.inputSchema } }] });
  });

  it('keeps malformed tool arguments raw, with input undefined', async () => {
    server.script.enqueueReply(MODEL, { toolUse: { name: 'lookup_order', rawInput: '{"orderNumber": A-10023' } });
    const { reply } = await converse(model(), { ...call, tools: [lookupTool] });
    expect(reply.toolCalls).toEqual([{ id: expect.any(String), name: 'lookup_order', input: undefined, rawInput: '{"orderNumber": A-10023' }]);
  });

  it('sends tool calls and results back in OpenAI’s shapes', async () => {
    server.script.enqueueReply(MODEL, { text: 'It shipped yesterday.' });
    const { reply } = await converse(model(), {
      ...call,
      tools: [lookupTool],
      messages: [
        call.messages[0]!,
        { role: 'assistant', content: [{ type: 'tool_use', id: 'call_1', name: 'lookup_order', input: { orderNumber: 'A-1' } }] },
        { role: 'user', content: [{ type: 'tool_result', toolUseId: 'call_1', text: '{"status":"shipped"}', isError: false }] },
      ],
    });
    expect(reply.text).toBe('It shipped yesterday.');
    expect((server.requests[0]!.body as { messages: unknown[] }).messages.slice(2)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup_order', arguments: '{"orderNumber":"A-1"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"status":"shipped"}' },
    ]);
  });

  it('asks for no stream when the call says so, and gives the whole text once', async () => {
    server.script.enqueueReply(MODEL, { chunks: ['One ', 'two ', 'three.'], usage: { inputTokens: 5, outputTokens: 3 } });
    const { reply, deltas } = await converse(model(), { ...call, stream: false });
    expect(deltas).toEqual(['One two three.']);
    expect(reply).toEqual({ text: 'One two three.', toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 5, outputTokens: 3 } });
    expect(server.requests[0]!.body).toMatchObject({ stream: false });
    expect(server.requests[0]!.body).not.toHaveProperty('stream_options');
  });

  it('maps 429 to throttled with the server’s retry-after', async () => {
    server.script.enqueue(MODEL, 'throttle');
    expect(await failure(converse(model()))).toMatchObject({ code: 'GENERATION.THROTTLED', retriable: true, details: { provider: 'openai-compatible', model: MODEL, httpStatus: 429, retryAfterMs: 1000 } });
  });

  it('maps a model still loading to unavailable, keeping its retry-after', async () => {
    server.script.enqueue(MODEL, 'notReady');
    expect(await failure(converse(model()))).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true, details: { httpStatus: 503, retryAfterMs: 1000 } });
  });

  it.each([
    ['unavailable', 'GENERATION.UNAVAILABLE', true, 503],
    ['internal', 'GENERATION.UNAVAILABLE', true, 500],
    ['accessDenied', 'GENERATION.MISCONFIGURED', false, 403],
    ['validation', 'GENERATION.INVALID_REQUEST', false, 400],
  ] as const)('maps %s to %s (retriable: %s)', async (fault, code, retriable, httpStatus) => {
    server.script.enqueue(MODEL, fault);
    expect(await failure(converse(model()))).toMatchObject({ code, retriable, details: { httpStatus } });
  });

  it('maps a wrong key to misconfigured, with neither key in the message', async () => {
    const wrongKey = 'sk-wrong-9876543210fedcba';
    const error = await failure(converse(model({ apiKey: wrongKey })));
    expect(error).toMatchObject({ code: 'GENERATION.MISCONFIGURED', retriable: false, details: { httpStatus: 401 } });
    expect(error.message).toContain('Incorrect API key provided');
    expect(error.message).not.toContain(wrongKey);
  });

  it.each([
    ['throttle', 'GENERATION.THROTTLED', true],
    ['unavailable', 'GENERATION.UNAVAILABLE', true],
    ['internal', 'GENERATION.UNAVAILABLE', true],
    ['validation', 'GENERATION.INVALID_REQUEST', false],
  ] as const)('maps a mid-stream %s error event to %s, after the text before it', async (fault, code, retriable) => {
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd'], faultAfterChunks: { chunks: 2, fault } });
    const deltas: string[] = [];
    const error = await failure(model().converse(call, async (t) => { deltas.push(t); }, new AbortController().signal));
    expect(deltas).toEqual(['a ', 'b ']);
    expect(error).toMatchObject({ code, retriable });
  });

  it('reports a connection broken mid-answer as an interrupted stream, retriable', async () => {
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd'], cutAfterChunks: 2 });
    const deltas: string[] = [];
    const error = await failure(model().converse(call, async (t) => { deltas.push(t); }, new AbortController().signal));
    expect(deltas).toEqual(['a ', 'b ']);
    expect(error).toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true });
  });

  it('reports a connection broken before any text as unavailable, retriable', async () => {
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b'], cutAfterChunks: 0 });
    expect(await failure(converse(model()))).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
  });

  it('rejects a hung call with the signal’s own reason as soon as it aborts', async () => {
    server.script.enqueue(MODEL, 'hang');
    const reason = new Error('caller first-token timeout');
    const started = Date.now();
    await expect(converse(model(), call, abortAfter(150, reason))).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects with the signal’s reason when aborted between two deltas', async () => {
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c'], chunkDelayMs: 30_000 });
    const reason = new Error('caller next-token timeout');
    const controller = new AbortController();
    const deltas: string[] = [];
    const pending = model().converse(call, async (t) => { deltas.push(t); setTimeout(() => controller.abort(reason), 50); }, controller.signal);
    await expect(pending).rejects.toBe(reason);
    expect(deltas).toEqual(['a ']);
  });

  it('times out silence longer than requestTimeoutMs, before the response and mid-stream', async () => {
    server.script.enqueue(MODEL, 'hang');
    expect(await failure(converse(model({ requestTimeoutMs: 200 })))).toMatchObject({ code: 'GENERATION.TIMEOUT', retriable: true });
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c'], chunkDelayMs: 30_000 });
    expect(await failure(converse(model({ requestTimeoutMs: 200 })))).toMatchObject({ code: 'GENERATION.TIMEOUT', retriable: true });
  });

  it('does not time out a slow but steady stream', async () => {
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd ', 'e'], chunkDelayMs: 80 });
    expect((await converse(model({ requestTimeoutMs: 200 }))).reply.text).toBe('a b c d e');
  });

  it('does not count a slow reader as server silence', async () => {
    // The server is never silent for 200 ms (a chunk every 150 ms), the reader takes 300 ms a chunk.
    server.script.enqueueReply(MODEL, { chunks: ['a ', 'b ', 'c ', 'd'], chunkDelayMs: 150 });
    const deltas: string[] = [];
    const slowReader = async (text: string): Promise<void> => {
      deltas.push(text);
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    const reply = await model({ requestTimeoutMs: 200 }).converse(call, slowReader, new AbortController().signal);
    expect(reply.text).toBe('a b c d');
    expect(deltas).toEqual(['a ', 'b ', 'c ', 'd']);
  });

  it('reports an unreachable server as unavailable, retriable', async () => {
    const gone = await startLocalOpenAi();
    const url = gone.url;
    await gone.close();
    expect(await failure(converse(model({ baseUrl: url })))).toMatchObject({ code: 'GENERATION.UNAVAILABLE', retriable: true });
  });
});
