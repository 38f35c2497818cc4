import { startLocalOpenAi, type LocalOpenAi } from './local-openai';

const PROMPT = '<sources>\n[1] Refunds — Timing\nRefunds go back to the original card within 5 business days. Store credit is instant.\n</sources>\n\nQuestion: How long until refunds reach my card?';
const ANSWER = 'Refunds go back to the original card within 5 business days [1].';
const TOOLS = [{ type: 'function', function: { name: 'get_order_status', description: 'Order status', parameters: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] } } }];

interface Chunk {
  choices: { delta: { content?: string; role?: string; tool_calls?: { index: number; id?: string; type?: string; function: { name?: string; arguments: string } }[] }; finish_reason: string | null }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
  error?: { message: string; type: string; code: string | null };
}

/** The `data:` payloads of a server-sent-events body, in order (`[DONE]` kept as a string). */
const dataLines = (body: string): (Chunk | '[DONE]')[] =>
  body.split('\n\n').filter((block) => block.startsWith('data: ')).map((block) => {
    const data = block.slice('data: '.length);
    return data === '[DONE]' ? '[DONE]' : (JSON.parse(data) as Chunk);
  });
const chunksOf = (lines: (Chunk | '[DONE]')[]): Chunk[] => lines.filter((line): line is Chunk => line !== '[DONE]');

describe('local OpenAI-compatible chat completions, driven by fetch', () => {
  let server: LocalOpenAi;
  const complete = (body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ model: 'local-chat', ...body }) });

  beforeAll(async () => {
    server = await startLocalOpenAi();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  it('answers a completion from the prompt sources, with usage, and logs it', async () => {
    const response = await complete({ messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: PROMPT }], temperature: 0, some_future_field: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: expect.stringMatching(/^chatcmpl-/) as string, object: 'chat.completion', created: expect.any(Number) as number, model: 'local-chat',
      choices: [{ index: 0, message: { role: 'assistant', content: ANSWER }, finish_reason: 'stop' }],
      usage: { prompt_tokens: Math.ceil(('Be brief.' + PROMPT).length / 4), completion_tokens: Math.ceil(ANSWER.length / 4), total_tokens: expect.any(Number) as number },
    });
    expect(server.requests).toEqual([expect.objectContaining({ operation: 'ChatCompletions', modelId: 'local-chat', status: 200 })]);
  });

  it('streams content chunks, a finish chunk, a usage chunk when asked, then [DONE]', async () => {
    server.script.enqueueReply('local-chat', { usage: { cacheReadInputTokens: 30 } });
    const response = await complete({ stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: PROMPT }] });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const lines = dataLines(await response.text());
    const chunks = chunksOf(lines);
    const content = chunks.flatMap((c) => (c.choices[0]?.delta.content ? [c.choices[0].delta.content] : []));
    expect(content.length).toBeGreaterThan(2);
    expect(content.join('')).toBe(ANSWER);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: Math.ceil(ANSWER.length / 4), prompt_tokens_details: { cached_tokens: 30 } } });
    expect(lines.at(-1)).toBe('[DONE]');
  });

  it('streams a tool call as fragments, then answers the tool result', async () => {
    const question = { role: 'user', content: 'Where is order ORD-778812?' };
    const chunks = chunksOf(dataLines(await (await complete({ stream: true, tools: TOOLS, messages: [question] })).text()));
    const calls = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls[0]).toMatchObject({ index: 0, id: expect.stringMatching(/^tooluse_/) as string, type: 'function', function: { name: 'get_order_status' } });
    expect(calls.slice(1).every((c) => c.id === undefined && c.function.name === undefined)).toBe(true);
    expect(JSON.parse(calls.map((c) => c.function.arguments).join(''))).toEqual({ orderId: 'ORD-778812' });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');

    const id = calls[0]!.id!;
    const answer = await complete({ tools: TOOLS, messages: [
      question,
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'get_order_status', arguments: '{"orderId":"ORD-778812"}' } }] },
      { role: 'tool', tool_call_id: id, content: JSON.stringify({ found: false }) },
    ] });
    expect(((await answer.json()) as { choices: { message: { content: string } }[] }).choices[0]!.message.content).toBe("I couldn't find that order for your account.");
  });

  it('answers a scripted throttle with 429, retry-after and an OpenAI error body', async () => {
    server.script.enqueue('local-chat', 'throttle');
    const response = await complete({ messages: [{ role: 'user', content: 'hi' }] });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ error: { message: expect.stringMatching(/Rate limit/) as string, type: 'requests', param: null, code: 'rate_limit_exceeded' } });
  });

  it('rejects a tool message answering no tool call, and empty messages, with 400', async () => {
    const orphan = await complete({ messages: [{ role: 'user', content: 'x' }, { role: 'tool', tool_call_id: 'call_1', content: '{}' }] });
    expect(orphan.status).toBe(400);
    expect(((await orphan.json()) as Chunk).error).toMatchObject({ type: 'invalid_request_error', message: expect.stringMatching(/role 'tool'/) as string });
    expect((await complete({ messages: [] })).status).toBe(400);
  });

  it('ends a faulted stream with an error line and no [DONE], and breaks a cut one off', async () => {
    server.script.enqueueReply('local-chat', { faultAfterChunks: { chunks: 1, fault: 'internal' } });
    const lines = dataLines(await (await complete({ stream: true, messages: [{ role: 'user', content: PROMPT }] })).text());
    expect(lines.at(-1)).toEqual({ error: { message: expect.any(String) as string, type: 'server_error', param: null, code: null } });
    expect(lines).not.toContain('[DONE]');

    server.script.enqueueReply('local-chat', { cutAfterChunks: 1 });
    const cut = await complete({ stream: true, messages: [{ role: 'user', content: PROMPT }] });
    await expect(cut.text()).rejects.toThrow(/terminated/);
  });

  it('requires the bearer key when started with one', async () => {
    const guarded = await startLocalOpenAi({ apiKey: 'sk-local' });
    const call = (headers: Record<string, string>): Promise<Response> => fetch(`${guarded.url}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
    });
    try {
      const missing = await call({});
      expect(missing.status).toBe(401);
      expect(((await missing.json()) as Chunk).error).toMatchObject({ code: 'invalid_api_key' });
      expect((await call({ authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await call({ authorization: 'Bearer sk-local' })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
