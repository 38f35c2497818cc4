import type { ChatCall } from '../../../domain/chat/chat-model.port';
import { OpenAiCompatibleChatModel } from './openai-compatible-chat-model.adapter';

const call: ChatCall = { model: 'local-llm', system: 'Be brief.', messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is order A-1?' }] }], maxOutputTokens: 100 };
const sse = (...events: unknown[]): string[] => events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`);
const delta = (content: string, finish_reason: string | null = null): unknown => ({ choices: [{ index: 0, delta: { content }, finish_reason }] });

/** A fetch stub answering with `pieces` as the body; records requests and whether the body was cancelled. */
function stubFetch(pieces: readonly string[], init: ResponseInit = { headers: { 'content-type': 'text/event-stream' } }) {
  const seen = { requests: [] as { url: string; init: RequestInit }[], cancelled: false };
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, requestInit) => {
    seen.requests.push({ url: String(url), init: requestInit ?? {} });
    const encoder = new TextEncoder();
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const piece = pieces[next++];
        if (piece === undefined) controller.close();
        else controller.enqueue(encoder.encode(piece));
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    return new Response(body, init);
  });
  return seen;
}

async function run(model: OpenAiCompatibleChatModel, c: ChatCall = call) {
  const deltas: string[] = [];
  const reply = await model.converse(c, async (t) => { deltas.push(t); }, new AbortController().signal);
  return { reply, deltas };
}

describe('OpenAiCompatibleChatModel (stubbed fetch)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('posts to {root}/v1/chat/completions with key, organization and extra headers', async () => {
    const seen = stubFetch(sse(delta('Hi'), delta('', 'stop'), '[DONE]'));
    await run(new OpenAiCompatibleChatModel({ baseUrl: 'https://llm.example.com/v1', apiKey: 'sk-abc123456789', organization: 'org-1', extraHeaders: { 'x-gateway': 'blue' } }));
    expect(seen.requests[0]!.url).toBe('https://llm.example.com/v1/chat/completions');
    expect(seen.requests[0]!.init.headers).toMatchObject({ authorization: 'Bearer sk-abc123456789', 'openai-organization': 'org-1', 'x-gateway': 'blue', 'content-type': 'application/json' });
  });

  it('handles a stream split mid-line with \\r\\n line ends and keep-alive comments', async () => {
    const raw = `: ping\r\n\r\n${sse(delta('Hel'), delta('lo'), delta('', 'stop'), { choices: [], usage: { prompt_tokens: 9, completion_tokens: 2 } }, '[DONE]').join('').replace(/\n/g, '\r\n')}`;
    stubFetch(raw.match(/[\s\S]{1,7}/g)!);
    const { reply, deltas } = await run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }));
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(reply).toEqual({ text: 'Hello', toolCalls: [], stopReason: 'end_turn', usage: { inputTokens: 9, outputTokens: 2 } });
  });

  it('estimates usage when the server ignores include_usage, and accepts a stream without [DONE]', async () => {
    stubFetch(sse(delta('x'.repeat(41)), delta('', 'length')));
    const { reply } = await run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }));
    expect(reply).toMatchObject({ stopReason: 'max_tokens', usage: { inputTokens: 8, outputTokens: 11 } });
  });

  it('reports a stream that ends without finish_reason or [DONE] as interrupted', async () => {
    stubFetch(sse(delta('Hel')));
    await expect(run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }))).rejects.toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED', retriable: true });
  });

  it('reports an unparsable event as an interrupted stream', async () => {
    stubFetch(sse(delta('Hel'), '{"choices": [oops'));
    await expect(run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }))).rejects.toMatchObject({ code: 'GENERATION.STREAM_INTERRUPTED' });
  });

  it('reads a JSON completion from a server that ignored stream: true', async () => {
    stubFetch([JSON.stringify({ choices: [{ message: { content: 'Whole answer.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 2 } })], { headers: { 'content-type': 'application/json' } });
    const { reply, deltas } = await run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }));
    expect(deltas).toEqual(['Whole answer.']);
    expect(reply.usage).toEqual({ inputTokens: 3, outputTokens: 2 });
  });

  it('maps an error object in a 200 JSON body', async () => {
    stubFetch([JSON.stringify({ error: { message: 'model overloaded', type: 'server_error' } })], { headers: { 'content-type': 'application/json' } });
    await expect(run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }), { ...call, stream: false })).rejects.toMatchObject({ code: 'GENERATION.UNAVAILABLE' });
  });

  it('scrubs credential-like extra headers from error messages', async () => {
    stubFetch([JSON.stringify({ error: { message: 'bad api-key azure-secret-value' } })], { status: 401, headers: { 'content-type': 'application/json' } });
    const error = await run(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm', extraHeaders: { 'api-key': 'azure-secret-value' } })).then(() => new Error('expected a failure'), (e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'GENERATION.MISCONFIGURED' });
    expect(error.message).toContain('bad api-key [redacted]');
  });

  it('lets a failing reader’s error through unchanged and cancels the body', async () => {
    const seen = stubFetch(sse(delta('Hel'), delta('lo'), delta('', 'stop'), '[DONE]'));
    const readerError = new Error('client went away');
    await expect(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }).converse(call, () => Promise.reject(readerError), new AbortController().signal)).rejects.toBe(readerError);
    expect(seen.cancelled).toBe(true);
  });

  it('does not fetch at all when the signal is already aborted', async () => {
    const seen = stubFetch(sse(delta('', 'stop')));
    const reason = new Error('too late');
    await expect(new OpenAiCompatibleChatModel({ baseUrl: 'http://llm' }).converse(call, async () => undefined, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(seen.requests).toHaveLength(0);
  });
});
