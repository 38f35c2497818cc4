import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CohereCompatibleReranker } from './cohere-compatible-reranker';
import { rerankStageFrom } from './rerank.config';

describe('CohereCompatibleReranker against a local /v1/rerank server', () => {
  let server: Server;
  let url: string;
  const received: { body: { model: string; query: string; documents: string[]; top_n: number }; authorization?: string }[] = [];
  let status = 200;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      const parts: Buffer[] = [];
      request.on('data', (part: Buffer) => parts.push(part));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(parts).toString('utf8')) as (typeof received)[number]['body'];
        received.push({ body, ...(request.headers.authorization === undefined ? {} : { authorization: request.headers.authorization }) });
        response.writeHead(status, { 'content-type': 'application/json' });
        // Scores the longest document highest, and answers out of order, as real servers sort by score.
        const results = body.documents.map((d, index) => ({ index, relevance_score: d.length / 100 })).sort((a, b) => b.relevance_score - a.relevance_score);
        response.end(JSON.stringify(status === 200 ? { id: 'r1', results } : { message: 'nope' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the query and passages, and maps the scores back to input order', async () => {
    const reranker = new CohereCompatibleReranker({ baseUrl: url, model: 'rerank-test', apiKey: 'sk-secret-test', timeoutMs: 1_000 });
    expect(await reranker.score('q', ['ab', 'abcd', 'a'])).toEqual([0.02, 0.04, 0.01]);
    expect(received.at(-1)).toEqual({ body: { model: 'rerank-test', query: 'q', documents: ['ab', 'abcd', 'a'], top_n: 3 }, authorization: 'Bearer sk-secret-test' });
  });

  it('reports overload as retriable and a refusal as not, without the key or the passages', async () => {
    const reranker = new CohereCompatibleReranker({ baseUrl: url, model: 'm', apiKey: 'sk-secret-test', timeoutMs: 1_000 });
    status = 429;
    await expect(reranker.score('q', ['private passage'])).rejects.toMatchObject({ code: 'RETRIEVAL.RERANKER_UNAVAILABLE', retriable: true });
    status = 400;
    const refusal = await reranker.score('q', ['private passage']).catch((error: Error) => error);
    expect(refusal).toMatchObject({ code: 'RETRIEVAL.RERANKER_REJECTED', retriable: false });
    expect((refusal as Error).message).not.toMatch(/sk-secret|private passage/);
    status = 200;
    await expect(new CohereCompatibleReranker({ baseUrl: 'http://127.0.0.1:9', model: 'm', timeoutMs: 500 }).score('q', ['x'])).rejects.toMatchObject({ retriable: true });
  });

  it('is configured by environment, and refuses a remote re-ranker without its URL', () => {
    expect(rerankStageFrom({})).toBeNull();
    expect(rerankStageFrom({ RETRIEVAL_RERANKER: 'lexical' })).toMatchObject({ candidates: 20, reranker: { id: 'lexical-coverage@1' } });
    expect(() => rerankStageFrom({ RETRIEVAL_RERANKER: 'cohere' })).toThrow(/RETRIEVAL_RERANK_URL/);
  });
});
