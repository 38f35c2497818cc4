import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceWorld } from '@sagewire/service-testing';
import { activate, indexVersion, RECORDED, retrieve, retrieveUntil } from '../test/retrieval-messages';
import { retrievalService } from './retrieval.service';

const TENANT = 'tnt_rerank';

describe('retrieval with a re-ranking stage (PostgreSQL, in-memory bus, local /v1/rerank server)', () => {
  let world: ServiceWorld;
  let server: Server;
  let calls = 0;

  beforeAll(async () => {
    // A re-ranker with an opinion the first stage does not share: it prefers the passage about gift cards.
    server = createServer((request, response) => {
      const parts: Buffer[] = [];
      request.on('data', (part: Buffer) => parts.push(part));
      request.on('end', () => {
        calls++;
        const { documents } = JSON.parse(Buffer.concat(parts).toString('utf8')) as { documents: string[] };
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ results: documents.map((d, index) => ({ index, relevance_score: d.includes('gift card') ? 0.99 : 0.1 })) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    world = await ServiceWorld.create('retrieval_rerank', RECORDED);
    await world.startHost([retrievalService], {
      RETRIEVAL_RERANKER: 'cohere', RETRIEVAL_RERANK_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, RETRIEVAL_RERANK_TIMEOUT_MS: '500',
    });
    await indexVersion(world, {
      tenantId: TENANT, documentId: 'doc_refunds', version: 1, title: 'Refunds',
      chunks: [
        { section: 'Refunds', text: 'Refunds reach your card within five days of the return.' },
        { section: 'Gift cards', text: 'A refund of a gift card purchase is paid back as store credit.' },
      ],
    });
    await activate(world, TENANT, 'doc_refunds', 1);
  });

  afterAll(async () => {
    await world?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("orders the passages by the re-ranker's judgement", async () => {
    const reply = await retrieveUntil(world, TENANT, 'when does my refund reach my card', (r) => expect(r.passages).toHaveLength(2));
    expect(reply.passages.map((p) => p.section)).toEqual(['Gift cards', 'Refunds']);
    expect(calls).toBeGreaterThan(0);
  });

  it('still answers, in first-stage order, when the re-ranker is gone', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    const reply = await retrieve(world, TENANT, 'refund reach card five days');
    expect(reply.passages.map((p) => p.section)).toEqual(['Refunds', 'Gift cards']);
    // Re-opened so afterAll can close it again.
    server = createServer().listen(0, '127.0.0.1');
  });
});
