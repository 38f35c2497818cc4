import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '@sagewire/errors';
import { OpenAiCompatibleEmbeddingModel } from './openai-compatible-embedding.adapter';

const API_KEY = 'sk-test-0123456789abcdef';

interface Received {
  readonly authorization: string | undefined;
  readonly body: { model: string; input: string[]; dimensions?: number };
}

/** A tiny OpenAI-style embeddings server: vector i of a text is [length, i-th char code, …]; answers in reverse order. */
describe('OpenAiCompatibleEmbeddingModel against a local HTTP server', () => {
  let server: Server;
  let baseUrl: string;
  const received: Received[] = [];
  let respond: ((req: Received, res: ServerResponse) => boolean) | undefined;

  const vectorOf = (text: string): number[] => [text.length, text.charCodeAt(0), text.charCodeAt(text.length - 1)];
  const model = (overrides: Partial<ConstructorParameters<typeof OpenAiCompatibleEmbeddingModel>[0]> = {}): OpenAiCompatibleEmbeddingModel =>
    new OpenAiCompatibleEmbeddingModel({ baseUrl: `${baseUrl}/`, model: 'test-embed', dimensions: 3, apiKey: API_KEY, ...overrides });
  const failure = (promise: Promise<unknown>): Promise<AppError> =>
    promise.then(() => { throw new Error('expected embed to fail'); }, (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).not.toContain(API_KEY);
      return error as AppError;
    });

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const entry: Received = { authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Received['body'] };
        received.push(entry);
        if (req.url !== '/v1/embeddings') {
          res.writeHead(404).end();
          return;
        }
        if (respond?.(entry, res)) return;
        const data = entry.body.input.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text) })).reverse();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: entry.body.model }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    received.length = 0;
    respond = undefined;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends batches of `batchSize` with the bearer key and puts vectors back in input order by index', async () => {
    const texts = Array.from({ length: 7 }, (_, i) => `text ${'x'.repeat(i)}${i}`);
    const vectors = await model({ batchSize: 3 }).embed(texts);
    expect(vectors).toEqual(texts.map(vectorOf));
    expect(received.map((r) => r.body.input.length).sort()).toEqual([1, 3, 3]);
    expect(received.every((r) => r.authorization === `Bearer ${API_KEY}` && r.body.model === 'test-embed' && r.body.dimensions === undefined)).toBe(true);
  });

  it('sends `dimensions` only when asked, and no authorization without a key', async () => {
    await model({ requestDimensions: true, apiKey: undefined }).embed(['a']);
    expect(received[0]).toEqual({ authorization: undefined, body: { model: 'test-embed', input: ['a'], dimensions: 3 } });
    expect(model().id).toBe('openai-compatible:test-embed:3');
  });

  it.each([
    [429, 'EMBEDDING.THROTTLED', true],
    [503, 'EMBEDDING.UNAVAILABLE', true],
    [401, 'EMBEDDING.MISCONFIGURED', false],
    [400, 'EMBEDDING.INVALID_INPUT', false],
  ])('maps HTTP %i to %s (retriable: %s) without echoing the key', async (status, code, retriable) => {
    respond = (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', 'retry-after': '2' }).end(JSON.stringify({ error: { message: `Incorrect API key provided: ${API_KEY}` } }));
      return true;
    };
    const error = await failure(model().embed(['a']));
    expect(error).toMatchObject({ code, retriable, details: { httpStatus: status, retryAfterMs: 2000 } });
    expect(error.message).toContain('Incorrect API key provided: [redacted]');
  });

  it('times out a silent server as a retriable timeout, and a refused connection as unavailable', async () => {
    respond = () => true; // never answers
    expect(await failure(model({ timeoutMs: 200 }).embed(['a']))).toMatchObject({ code: 'EMBEDDING.TIMEOUT', retriable: true });
    const refused = new OpenAiCompatibleEmbeddingModel({ baseUrl: 'http://127.0.0.1:1', model: 'm', dimensions: 3 });
    expect(await failure(refused.embed(['a']))).toMatchObject({ code: 'EMBEDDING.UNAVAILABLE', retriable: true });
  });

  it('rejects vectors of the wrong size as a misconfiguration', async () => {
    expect(await failure(model({ dimensions: 4 }).embed(['a']))).toMatchObject({ code: 'EMBEDDING.MISCONFIGURED', retriable: false });
  });
});
