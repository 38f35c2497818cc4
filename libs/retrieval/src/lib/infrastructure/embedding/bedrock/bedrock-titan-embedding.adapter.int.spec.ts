import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { startLocalBedrock, type LocalBedrock } from '@sagewire/bedrock-local';
import { AppError } from '@sagewire/errors';
import { BedrockTitanEmbeddingModel, TITAN_EMBED_TEXT_V2_MODEL_ID } from './bedrock-titan-embedding.adapter';

const SECRET = 'local-test-secret-never-shown';

describe('BedrockTitanEmbeddingModel against the local Bedrock server (real SDK)', () => {
  let bedrock: LocalBedrock;
  const clients: BedrockRuntimeClient[] = [];
  const clientFor = (maxAttempts: number, endpoint = bedrock.url): BedrockRuntimeClient => {
    const client = new BedrockRuntimeClient({ region: 'us-east-1', endpoint, maxAttempts, credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: SECRET } });
    clients.push(client);
    return client;
  };
  const failure = (promise: Promise<unknown>): Promise<AppError> =>
    promise.then(() => { throw new Error('expected embed to fail'); }, (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).not.toContain(SECRET);
      return error as AppError;
    });

  beforeAll(async () => {
    bedrock = await startLocalBedrock();
  });
  afterEach(() => bedrock.reset());
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await bedrock.close();
  });

  it('embeds one text per call, in input order, at the configured size', async () => {
    const model = new BedrockTitanEmbeddingModel({ client: clientFor(1), dimensions: 256 });
    expect(model.id).toBe('bedrock:amazon.titan-embed-text-v2:0:256');
    const texts = ['reset your password', 'refund to the original card', 'express shipping'];
    const vectors = await model.embed(texts);
    expect(vectors.map((v) => v.length)).toEqual([256, 256, 256]);
    expect(bedrock.requests.map((r) => r.body)).toEqual(expect.arrayContaining(texts.map((inputText) => ({ inputText, dimensions: 256, normalize: true }))));
    expect(bedrock.requests).toHaveLength(3);
    for (const [i, text] of texts.entries()) expect((await model.embed([text]))[0]).toEqual(vectors[i]);
    expect(await model.embed([])).toEqual([]);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    const client = clientFor(1);
    let inFlight = 0;
    let most = 0;
    client.middlewareStack.add((next) => async (args) => {
      most = Math.max(most, ++inFlight);
      try {
        return await next(args);
      } finally {
        inFlight--;
      }
    }, { step: 'initialize', name: 'countInFlight' });
    bedrock.script.setLatency(30);
    const model = new BedrockTitanEmbeddingModel({ client, dimensions: 512, concurrency: 4 });
    const vectors = await model.embed(Array.from({ length: 20 }, (_, i) => `chunk number ${i}`));
    expect(vectors).toHaveLength(20);
    expect(bedrock.requests).toHaveLength(20);
    expect(most).toBe(4);
  });

  it('rides out throttling with the SDK retry, and reports lasting throttling as retriable', async () => {
    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2_MODEL_ID, 'throttle', 2);
    const patient = new BedrockTitanEmbeddingModel({ client: clientFor(3), dimensions: 1024 });
    expect((await patient.embed(['busy day']))[0]).toHaveLength(1024);
    expect(bedrock.requests.map((r) => r.status)).toEqual([429, 429, 200]);

    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2_MODEL_ID, 'throttle', 2);
    const error = await failure(new BedrockTitanEmbeddingModel({ client: clientFor(2), dimensions: 1024 }).embed(['still busy']));
    expect(error).toMatchObject({ code: 'EMBEDDING.THROTTLED', retriable: true, details: { awsError: 'ThrottlingException', httpStatus: 429 } });
  });

  it.each([
    ['unavailable', 'EMBEDDING.UNAVAILABLE', true],
    ['notReady', 'EMBEDDING.UNAVAILABLE', true],
    ['internal', 'EMBEDDING.UNAVAILABLE', true],
    ['accessDenied', 'EMBEDDING.MISCONFIGURED', false],
  ] as const)('maps %s to %s (retriable: %s)', async (fault, code, retriable) => {
    bedrock.script.enqueue(TITAN_EMBED_TEXT_V2_MODEL_ID, fault);
    const error = await failure(new BedrockTitanEmbeddingModel({ client: clientFor(1), dimensions: 256 }).embed(['x']));
    expect(error).toMatchObject({ code, retriable });
  });

  it('fails a document with one refused chunk as invalid input, not retriable', async () => {
    bedrock.script.failWhenInputContains('CHUNK-7', 'validation');
    const model = new BedrockTitanEmbeddingModel({ client: clientFor(3), dimensions: 256 });
    const texts = Array.from({ length: 10 }, (_, i) => `text of CHUNK-${i}`);
    const error = await failure(model.embed(texts));
    expect(error).toMatchObject({ code: 'EMBEDDING.INVALID_INPUT', retriable: false, details: { awsError: 'ValidationException' } });
    expect(error.message).toContain('Malformed input request');
    // Not retried by the SDK: the refused chunk was sent once.
    expect(bedrock.requests.filter((r) => JSON.stringify(r.body).includes('CHUNK-7'))).toHaveLength(1);
  });

  it('gives up on a hung call after the timeout, as a retriable timeout', async () => {
    // A marker, not a queued step: calls aborted by the previous test may still reach the server.
    bedrock.script.failWhenInputContains('never answered', 'hang');
    const model = new BedrockTitanEmbeddingModel({ client: clientFor(3), dimensions: 256, timeoutMs: 300 });
    const error = await failure(model.embed(['never answered']));
    expect(error).toMatchObject({ code: 'EMBEDDING.TIMEOUT', retriable: true });
  });

  it('reports an unreachable endpoint as unavailable, retriable', async () => {
    const gone = await startLocalBedrock();
    const url = gone.url;
    await gone.close();
    const error = await failure(new BedrockTitanEmbeddingModel({ client: clientFor(1, url), dimensions: 256 }).embed(['x']));
    expect(error).toMatchObject({ code: 'EMBEDDING.UNAVAILABLE', retriable: true });
  });

  it('rejects sizes Titan v2 does not offer', () => {
    expect(() => new BedrockTitanEmbeddingModel({ client: clientFor(1), dimensions: 384 as 256 })).toThrow(/256, 512, 1024/);
  });
});
