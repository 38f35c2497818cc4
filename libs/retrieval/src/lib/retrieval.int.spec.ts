import { randomUUID } from 'node:crypto';
import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { indexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import type { ServiceHost } from '@sagewire/service-kit';
import { activate, indexVersion, RECORDED, retrieve, retrieveUntil, sendIndexChunks, type DocumentSpec } from '../test/retrieval-messages';
import { ServiceWorld } from '@sagewire/service-testing';
import { retrievalService } from './retrieval.service';

const TENANT = 'tnt_alpine';
const REFUND_QUESTION = 'How long until my refund reaches my card?';

function refundsPage(documentId: string, version: number, delay: string): DocumentSpec {
  return {
    tenantId: TENANT, documentId, version, title: 'Returns and refunds',
    chunks: [
      { section: 'Returns', text: 'You can return any unworn item within 30 days of delivery.' },
      { section: 'Returns > Refunds', text: `The refund reaches your card within ${delay} after the parcel arrives.` },
    ],
  };
}

describe('retrieval service alone (PostgreSQL, in-memory bus)', () => {
  let world: ServiceWorld;
  let host: ServiceHost;
  const documentId = `doc_${randomUUID()}`;

  beforeAll(async () => {
    world = await ServiceWorld.create('retrieval_svc', [...RECORDED, indexChunksV2]);
    host = await world.startHost([retrievalService]);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('embeds and stores a version, replying DocumentEmbedded and DocumentIndexed, once however often asked', async () => {
    const command = await sendIndexChunks(world, refundsPage(documentId, 1, '5 business days'));
    await world.resend(indexChunksV2, command);
    const [embedded] = await world.awaitMatching(documentEmbeddedV1, (e) => e.causationid === command.id);
    expect(embedded!.data).toEqual({ documentId, version: 1, model: 'local-hashing-v1-384', dimensions: 384, chunkCount: 2, cachedCount: 0 });
    // A new command for the same version (a saga retry) overwrites the same chunk ids.
    await indexVersion(world, refundsPage(documentId, 1, '5 business days'));
    const rows = await world.sql<{ chunk_id: string; section: string; dims: number; acl_tags: string[] }>(
      'SELECT chunk_id, section, array_length(vector, 1) AS dims, acl_tags FROM retrieval.chunks WHERE document_id = $1 ORDER BY chunk_index', [documentId],
    );
    expect(rows).toEqual([
      { chunk_id: `${documentId}:v1:0`, section: 'Returns', dims: 384, acl_tags: ['public'] },
      { chunk_id: `${documentId}:v1:1`, section: 'Returns > Refunds', dims: 384, acl_tags: ['public'] },
    ]);
    expect(world.received(documentEmbeddedV1).filter((e) => e.causationid === command.id)).toHaveLength(1);
  });

  it('searches a version only once it is activated, and a new version only after its own activation', async () => {
    expect((await retrieve(world, TENANT, REFUND_QUESTION)).passages).toEqual([]);
    expect(await activate(world, TENANT, documentId, 1)).toEqual({ documentId, version: 1 });
    const first = await retrieveUntil(world, TENANT, REFUND_QUESTION, (r) => expect(r.passages[0]?.documentVersion).toBe(1));
    expect(first.citations[0]).toEqual({ documentId, documentVersion: 1, title: 'Returns and refunds', section: 'Returns > Refunds' });

    await indexVersion(world, refundsPage(documentId, 2, '10 business days'));
    const beforeActivation = await retrieve(world, TENANT, REFUND_QUESTION);
    expect(beforeActivation.passages.map((p) => p.documentVersion)).toEqual([1]);
    expect(beforeActivation.knowledgeBaseVersion).toBe('1');

    expect(await activate(world, TENANT, documentId, 2)).toEqual({ documentId, version: 2, previousVersion: 1 });
    const after = await retrieveUntil(world, TENANT, REFUND_QUESTION, (r) => expect(r.passages[0]?.documentVersion).toBe(2));
    expect(after.passages.map((p) => p.documentVersion)).toEqual([2]);
    expect(after.passages[0]!.text).toContain('10 business days');
    expect(after.knowledgeBaseVersion).toBe('2');
  });

  it('returns only documents sharing one of the query ACL tags', async () => {
    const staffDoc = `doc_${randomUUID()}`;
    await indexVersion(world, { tenantId: TENANT, documentId: staffDoc, version: 1, title: 'Fraud desk', aclTags: ['staff'], chunks: [{ text: 'Chargeback disputes go to the fraud desk.' }] });
    await activate(world, TENANT, staffDoc, 1);
    await retrieveUntil(world, TENANT, 'chargeback disputes', (r) => expect(r.passages[0]?.documentId).toBe(staffDoc));
    expect((await retrieve(world, TENANT, 'chargeback disputes', { aclTags: ['public'] })).passages.filter((p) => p.documentId === staffDoc)).toEqual([]);
    expect((await retrieve(world, TENANT, 'chargeback disputes', { aclTags: ['staff'] })).passages[0]?.documentId).toBe(staffDoc);
  });

  it('refuses to activate a version without chunks and reports an artifact that is not what the command says', async () => {
    const command = await sendIndexChunks(world, refundsPage(`doc_${randomUUID()}`, 1, '5 days'), { chunkCount: 7 });
    const [invalid] = await world.awaitMatching(documentIngestionFailedV1, (e) => e.causationid === command.id);
    expect(invalid!.data).toMatchObject({ failedStep: 'embed', errorCode: 'RETRIEVAL.INVALID_CHUNKS_ARTIFACT', retriable: false });
    expect(await world.sql('SELECT 1 FROM retrieval.chunks WHERE document_id = $1', [command.data.documentId])).toEqual([]);

    const activation = await world.send(activateDocumentVersionV1, TENANT, { documentId, version: 9 });
    const [refused] = await world.awaitMatching(documentIngestionFailedV1, (e) => e.causationid === activation.id);
    expect(refused!.data).toMatchObject({ version: 9, failedStep: 'activate', errorCode: 'RETRIEVAL.VERSION_NOT_INDEXED', retriable: false });
  });

  it('rebuilds the index from the database on restart and only then reports ready', async () => {
    await world.stopHost(host);
    host = await world.startHost([retrievalService]);
    const reply = await retrieve(world, TENANT, REFUND_QUESTION);
    expect(reply.passages[0]).toMatchObject({ documentId, documentVersion: 2 });
    expect(reply.knowledgeBaseVersion).toBe('3');
    await host.app.listen(0, '127.0.0.1');
    const address = host.app.getHttpServer().address() as { port: number };
    const ready = (await (await fetch(`http://127.0.0.1:${address.port}/health/ready`)).json()) as { checks: Record<string, string> };
    expect(ready.checks['retrieval:index']).toBe('ok');
  });
});
