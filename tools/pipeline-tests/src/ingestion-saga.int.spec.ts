import type { Envelope } from '@sagewire/contracts';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { indexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { registerDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { ingestionService } from '@sagewire/ingestion';
import { retrievalService } from '@sagewire/retrieval';
import type { ServiceHost } from '@sagewire/service-kit';
import { eventually, RETURNS_PAGE_V1, RETURNS_PAGE_V2, SHIPPING_PAGE } from '@sagewire/testing';
import { newDocumentId, registration } from './support/registration';
import { RECORDED, retrieval, retrieve, retrieveUntil, SAGA_STEPS } from './support/saga-contracts';
import { ServiceWorld } from '@sagewire/service-testing';

const TENANT_A = 'tnt_alpine';
const TENANT_B = 'tnt_borealis';

describe('ingestion saga: ingestion and retrieval in one host (PostgreSQL, in-memory bus)', () => {
  let world: ServiceWorld;
  let host: ServiceHost;
  const returnsDoc = newDocumentId();

  /** Stores a new document's upload and registers it, as the gateway does; waits for its activation. */
  async function ingest(tenantId: string, documentId: string, text: string, title = 'Returns and refunds'): Promise<Envelope> {
    const blob = await world.blobs.put(tenantId, Buffer.from(text, 'utf8'));
    const command = await world.send(registerDocumentV1, tenantId, registration(documentId, blob, { title, mediaType: 'text/markdown' }));
    await world.awaitMatching(documentVersionActivatedV1, (e) => e.data.documentId === documentId);
    return command;
  }

  function versionsOf(documentId: string): Promise<{ version: number; status: string }[]> {
    return world.sql('SELECT version, status FROM ingestion.document_versions WHERE document_id = $1 ORDER BY version', [documentId]);
  }

  beforeAll(async () => {
    world = await ServiceWorld.create('ingestion_saga', RECORDED);
    host = await world.startHost([ingestionService, retrievalService]);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('runs register, parse, chunk, index and activation in order, each caused by the step before', async () => {
    const register = await ingest(TENANT_A, returnsDoc, RETURNS_PAGE_V1);
    const steps = new Set<string>(SAGA_STEPS.map((c) => c.type));
    const flow = world.all().filter((e) => e.subject === returnsDoc && steps.has(e.type));
    // Sorted by creation time; messages of one transaction keep their outbox order on ties.
    const ordered = [...flow].sort((a, b) => a.time.localeCompare(b.time));
    expect(ordered.map((e) => e.type)).toEqual(SAGA_STEPS.map((c) => c.type));
    const [registered, parsed, chunked, indexChunks, embedded, indexed, activate, activated] = ordered;
    expect([registered, parsed, chunked, indexChunks].map((e) => e!.causationid)).toEqual(new Array<string>(4).fill(register.id));
    expect([embedded!.causationid, indexed!.causationid]).toEqual([indexChunks!.id, indexChunks!.id]);
    expect(activate!.causationid).toBe(indexed!.id);
    expect(activated!.causationid).toBe(activate!.id);
    expect(flow.every((e) => e.correlationid === returnsDoc && e.tenantid === TENANT_A)).toBe(true);

    const [command] = world.received(indexChunksV2).filter((e) => e.data.documentId === returnsDoc);
    expect(command!.data).toMatchObject({ version: 1, backend: 'embedded', indexName: 'embedded', chunkCount: 3, title: 'Returns and refunds', language: 'en', aclTags: ['public'] });
    // Ingestion hears of the activation a moment after retrieval published it.
    await eventually(async () => expect(await versionsOf(returnsDoc)).toEqual([{ version: 1, status: 'active' }]));
  });

  it('finds the passage that answers, citing the document title and section', async () => {
    const reply = await retrieveUntil(world, TENANT_A, 'How long until my refund reaches my card?', (r) => expect(r.passages).not.toHaveLength(0));
    expect(reply.passages[0]).toMatchObject({ chunkId: `${returnsDoc}:v1:1`, documentId: returnsDoc, documentVersion: 1, section: 'Returns > Refunds', language: 'en' });
    expect(reply.passages[0]!.text).toContain('within 5 business days');
    expect(reply.citations[0]).toEqual({ documentId: returnsDoc, documentVersion: 1, title: 'Returns and refunds', section: 'Returns > Refunds' });
    expect(reply.knowledgeBaseVersion).toBe('1');
  });

  it("never returns one tenant's chunks to another", async () => {
    const shippingDoc = newDocumentId();
    await ingest(TENANT_B, shippingDoc, SHIPPING_PAGE, 'Shipping');
    await retrieveUntil(world, TENANT_B, 'How long does express shipping take?', (r) => expect(r.passages[0]?.documentId).toBe(shippingDoc));
    const reply = await retrieve(world, TENANT_B, 'How long until my refund reaches my card?');
    expect(reply.passages.filter((p) => p.documentId === returnsDoc)).toEqual([]);
    expect(reply.knowledgeBaseVersion).toBe('1');
    const fromA = await retrieve(world, TENANT_A, 'How long does express shipping take?');
    expect(fromA.passages.filter((p) => p.documentId === shippingDoc)).toEqual([]);
  });

  it('serves a re-uploaded version instead of the old one once it is activated', async () => {
    const blob = await world.blobs.put(TENANT_A, Buffer.from(RETURNS_PAGE_V2, 'utf8'));
    await world.send(registerDocumentV1, TENANT_A, registration(returnsDoc, blob, { title: 'Returns and refunds', mediaType: 'text/markdown' }));
    const [activated] = await world.awaitMatching(documentVersionActivatedV1, (e) => e.data.documentId === returnsDoc && e.data.version === 2);
    expect(activated!.data.previousVersion).toBe(1);
    const reply = await retrieveUntil(world, TENANT_A, 'How long until my refund reaches my card?', (r) => expect(r.passages[0]?.documentVersion).toBe(2));
    expect(reply.passages[0]!.text).toContain('within 10 business days');
    expect(reply.passages.filter((p) => p.documentVersion === 1)).toEqual([]);
    expect(reply.knowledgeBaseVersion).toBe('2');
    await eventually(async () => expect(await versionsOf(returnsDoc)).toEqual([{ version: 1, status: 'superseded' }, { version: 2, status: 'active' }]));
  });

  it('fails an unsupported media type at the parse step and indexes nothing', async () => {
    const pdfDoc = newDocumentId();
    const blob = await world.blobs.put(TENANT_A, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    await world.send(registerDocumentV1, TENANT_A, registration(pdfDoc, blob, { mediaType: 'image/png', title: 'Logo' }));
    const [failed] = await world.awaitMatching(documentIngestionFailedV1, (e) => e.data.documentId === pdfDoc);
    expect(failed!.data).toMatchObject({ version: 1, failedStep: 'parse', errorCode: 'INGESTION.UNSUPPORTED_MEDIA_TYPE', retriable: false, attempt: 1 });
    expect(world.received(documentRegisteredV1).filter((e) => e.data.documentId === pdfDoc)).toHaveLength(1);
    expect(world.received(indexChunksV2).filter((e) => e.data.documentId === pdfDoc)).toEqual([]);
    const versions = await world.sql<{ status: string; error: string }>('SELECT status, error FROM ingestion.document_versions WHERE document_id = $1', [pdfDoc]);
    expect(versions).toEqual([{ status: 'failed', error: expect.stringContaining('INGESTION.UNSUPPORTED_MEDIA_TYPE') as unknown }]);
    expect(await world.sql('SELECT 1 FROM retrieval.chunks WHERE document_id = $1', [pdfDoc])).toEqual([]);
  });

  it('answers a redelivered RetrieveDocuments once', async () => {
    const command = await world.send(retrieveDocumentsV1, TENANT_A, retrieval('refund card'));
    await world.resend(retrieveDocumentsV1, command);
    // A later command on the same conversation (same partition) is handled after both copies.
    const later = await world.send(retrieveDocumentsV1, TENANT_A, retrieval('exchange a size', { conversationId: command.data.conversationId }));
    await world.awaitMatching(documentsRetrievedV1, (e) => e.causationid === later.id);
    expect(world.received(documentsRetrievedV1).filter((e) => e.causationid === command.id)).toHaveLength(1);
  });

  it('reloads the active chunks from the database when retrieval restarts', async () => {
    await world.stopHost(host);
    host = await world.startHost([retrievalService]);
    const reply = await retrieve(world, TENANT_A, 'How long until my refund reaches my card?');
    expect(reply.passages[0]).toMatchObject({ documentId: returnsDoc, documentVersion: 2 });
    expect(reply.knowledgeBaseVersion).toBe('2');
  });
});
