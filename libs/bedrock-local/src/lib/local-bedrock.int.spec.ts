import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { startLocalBedrock, type LocalBedrock } from './local-bedrock';
import { TITAN_EMBED_TEXT_V2 } from './models/titan-embed-text-v2.handler';
import type { FaultKind } from './script';

interface TitanResponse {
  embedding: number[];
  inputTextTokenCount: number;
  embeddingsByType: { float?: number[]; binary?: number[] };
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe('local Bedrock Runtime, driven by the real AWS SDK', () => {
  let bedrock: LocalBedrock;
  let client: BedrockRuntimeClient;
  /** No SDK retries, so each scripted fault surfaces as it was sent. */
  let once: BedrockRuntimeClient;

  const clientFor = (maxAttempts: number): BedrockRuntimeClient => new BedrockRuntimeClient({
    region: 'us-east-1', endpoint: bedrock.url, maxAttempts,
    credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' },
  });
  const invoke = async (body: unknown, options: { via?: BedrockRuntimeClient; modelId?: string; abortSignal?: AbortSignal } = {}): Promise<TitanResponse> => {
    const output = await (options.via ?? client).send(new InvokeModelCommand({
      modelId: options.modelId ?? TITAN_EMBED_TEXT_V2, contentType: 'application/json', accept: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }), options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal });
    return JSON.parse(output.body.transformToString()) as TitanResponse;
  };
  const errorOf = (promise: Promise<unknown>): Promise<{ name: string; message: string; $metadata?: { httpStatusCode?: number } }> =>
    promise.then(() => { throw new Error('expected the call to fail'); }, (error: { name: string; message: string }) => error);

  beforeAll(async () => {
    bedrock = await startLocalBedrock();
    client = clientFor(3);
    once = clientFor(1);
  });
  afterEach(() => bedrock.reset());
  afterAll(async () => {
    client.destroy();
    once.destroy();
    await bedrock.close();
  });

  it('embeds with Titan v2 wire shapes: requested length, unit length by default, binary on request', async () => {
    const byDefault = await invoke({ inputText: 'How do I reset my password?' });
    expect(byDefault.embedding).toHaveLength(1024);
    expect(dot(byDefault.embedding, byDefault.embedding)).toBeCloseTo(1, 6);
    expect(byDefault.inputTextTokenCount).toBe(7);
    expect(byDefault.embeddingsByType).toEqual({ float: byDefault.embedding });
    for (const dimensions of [256, 512]) expect((await invoke({ inputText: 'hello', dimensions })).embedding).toHaveLength(dimensions);

    const raw = await invoke({ inputText: 'refund refund refund policy', dimensions: 256, normalize: false, embeddingTypes: ['float', 'binary'] });
    expect(dot(raw.embedding, raw.embedding)).toBeGreaterThan(1.5);
    expect(raw.embeddingsByType.binary).toEqual(raw.embedding.map((v) => (v > 0 ? 1 : 0)));
  });

  it('is deterministic and puts similar texts closer than unrelated ones', async () => {
    const text = 'Refunds go back to the original card within 5 business days.';
    const [a, b] = await Promise.all([invoke({ inputText: text }), invoke({ inputText: text })]);
    expect(a.embedding).toEqual(b.embedding);
    const query = (await invoke({ inputText: 'When will my refund reach my card?' })).embedding;
    const related = (await invoke({ inputText: 'Your refund reaches the original card within 5 business days.' })).embedding;
    const unrelated = (await invoke({ inputText: 'Express shipping to Canada arrives the next day.' })).embedding;
    expect(dot(query, related)).toBeGreaterThan(0.2);
    expect(dot(query, related)).toBeGreaterThan(dot(query, unrelated) + 0.2);
  });

  it('logs every model call with its model and parsed body', async () => {
    await invoke({ inputText: 'logged', dimensions: 256 });
    expect(bedrock.requests).toEqual([
      { operation: 'InvokeModel', modelId: TITAN_EMBED_TEXT_V2, body: { inputText: 'logged', dimensions: 256 }, receivedAt: expect.any(String) as string, status: 200 },
    ]);
  });

  it.each([
    ['missing inputText', { dimensions: 256 }, /required key \[inputText\]/],
    ['empty inputText', { inputText: '' }, /minLength: 1/],
    ['over 50,000 characters', { inputText: 'a'.repeat(50_001) }, /maxLength: 50000/],
    ['a dimension Titan does not offer', { inputText: 'x', dimensions: 100 }, /#\/dimensions: 100 is not a valid enum value/],
    ['an unknown embedding type', { inputText: 'x', embeddingTypes: ['int8'] }, /embeddingTypes/],
    ['a body that is not JSON', '{"inputText": ', /not valid JSON/],
  ])('rejects %s with ValidationException (400) and a message', async (_case, body, message) => {
    const error = await errorOf(invoke(body, { via: once }));
    expect(error).toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
    expect(error.message).toMatch(message);
  });

  it('answers an unknown model with ResourceNotFoundException and an unsigned request with 403', async () => {
    const error = await errorOf(invoke({ inputText: 'x' }, { modelId: 'amazon.titan-embed-text-v9:0' }));
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } });

    const unsigned = await fetch(`${bedrock.url}/model/${encodeURIComponent(TITAN_EMBED_TEXT_V2)}/invoke`, { method: 'POST', body: '{"inputText":"x"}' });
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toMatch(/^AccessDeniedException:/);
    expect(await unsigned.json()).toEqual({ message: expect.stringContaining('Signature Version 4') as string });
  });

  it.each<[FaultKind, string, number]>([
    ['throttle', 'ThrottlingException', 429],
    ['unavailable', 'ServiceUnavailableException', 503],
    ['notReady', 'ModelNotReadyException', 429],
    ['accessDenied', 'AccessDeniedException', 403],
    ['validation', 'ValidationException', 400],
    ['internal', 'InternalServerException', 500],
  ])('scripted %s surfaces as the SDK exception %s', async (fault, name, status) => {
    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2, fault);
    const error = await errorOf(invoke({ inputText: 'x' }, { via: once }));
    expect(error).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    expect((await invoke({ inputText: 'x' }, { via: once })).embedding).toHaveLength(1024); // the script is used up
  });

  it("lets the SDK's own retry ride out throttling: two 429s, then success, three requests", async () => {
    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2, 'throttle', 2);
    const result = await invoke({ inputText: 'retry me' });
    expect(result.embedding).toHaveLength(1024);
    expect(bedrock.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(bedrock.script.pending(TITAN_EMBED_TEXT_V2)).toBe(0);
  });

  it('fails every call whose input contains a marker, and only those', async () => {
    bedrock.script.failWhenInputContains('CHUNK-3', 'validation');
    await expect(invoke({ inputText: 'chunk 1 text' }, { via: once })).resolves.toBeDefined();
    await expect(invoke({ inputText: 'this is CHUNK-3' }, { via: once })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(invoke({ inputText: 'this is CHUNK-3 again' }, { via: once })).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('delays a scripted call, and a hung call ends only when the client gives up', async () => {
    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2, { delayMs: 150 });
    const started = Date.now();
    await invoke({ inputText: 'slow' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2, 'hang');
    const error = await errorOf(invoke({ inputText: 'hang' }, { via: once, abortSignal: AbortSignal.timeout(200) }));
    expect(error.name).toBe('AbortError');
    expect(bedrock.requests.at(-1)).toMatchObject({ body: { inputText: 'hang' }, status: undefined });
  });

  it('is scriptable over HTTP too: script, read the log, reset', async () => {
    const script = await fetch(`${bedrock.url}/__control/script`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [{ modelId: TITAN_EMBED_TEXT_V2, fault: 'unavailable' }], failWhenInputContains: [{ text: 'POISON' }] }),
    });
    expect(script.status).toBe(200);
    await expect(invoke({ inputText: 'a' }, { via: once })).rejects.toMatchObject({ name: 'ServiceUnavailableException' });
    await expect(invoke({ inputText: 'POISON' }, { via: once })).rejects.toMatchObject({ name: 'InternalServerException' });
    const log = (await (await fetch(`${bedrock.url}/__control/requests`)).json()) as { requests: { status: number }[] };
    expect(log.requests.map((r) => r.status)).toEqual([503, 500]);

    expect((await fetch(`${bedrock.url}/__control/reset`, { method: 'POST' })).status).toBe(200);
    expect(bedrock.requests).toHaveLength(0);
    await expect(invoke({ inputText: 'POISON' }, { via: once })).resolves.toBeDefined();

    const bad = await fetch(`${bedrock.url}/__control/script`, { method: 'POST', body: JSON.stringify({ faults: [{ modelId: 'm', fault: 'explode' }] }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/faults\.0/);
  });
});
