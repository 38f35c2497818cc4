import { randomUUID } from 'node:crypto';
import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { chunksArtifactV1Schema, indexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { registerDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { eventually } from '@sagewire/testing';
import { newDocumentId, registration, RETURNS_PAGE_V1, RETURNS_PAGE_V2 } from '../test/documents';
import { RECORDED } from '../test/saga-contracts';
import { ServiceWorld } from '@sagewire/service-testing';
import { ingestionService } from './ingestion.service';

const TENANT = 'tnt_alpine';
const MAX_TOKENS = 12;

describe('ingestion service alone, retrieval played by the spec (PostgreSQL, in-memory bus)', () => {
  let world: ServiceWorld;

  beforeAll(async () => {
    world = await ServiceWorld.create('ingestion_svc', RECORDED);
    // Retrieval is played by the spec and leaves most versions "indexing": the per-tenant limit on
    // versions in retrieval's hands would hold the later uploads back, so it is lifted here.
    await world.startHost([ingestionService], { INGESTION_MAX_CHUNK_TOKENS: String(MAX_TOKENS), INGESTION_MAX_IN_FLIGHT_PER_TENANT: '1000' });
  });

  afterAll(async () => {
    await world?.close();
  });

  const statusOf = async (documentId: string): Promise<{ version: number; status: string; error: string | null }[]> =>
    world.sql('SELECT version, status, error FROM ingestion.document_versions WHERE document_id = $1 ORDER BY version', [documentId]);
  const indexCommands = (documentId: string): ReturnType<ServiceWorld['received']> => world.received(indexChunksV2).filter((e) => e.data.documentId === documentId);

  it('registers identical content once and the next content as the next version', async () => {
    const documentId = newDocumentId();
    const blob = await world.blobs.put(TENANT, Buffer.from(RETURNS_PAGE_V1, 'utf8'));
    const first = await world.send(registerDocumentV1, TENANT, registration(documentId, blob));
    await world.resend(registerDocumentV1, first);
    await world.send(registerDocumentV1, TENANT, registration(documentId, blob));
    const next = await world.blobs.put(TENANT, Buffer.from(RETURNS_PAGE_V2, 'utf8'));
    await world.send(registerDocumentV1, TENANT, registration(documentId, next));
    // Same document, same partition: the copies in between were handled before this one.
    await world.awaitMatching(indexChunksV2, (e) => e.data.documentId === documentId && e.data.version === 2);
    expect(world.received(documentRegisteredV1).filter((e) => e.data.documentId === documentId).map((e) => e.data.version)).toEqual([1, 2]);
    expect(indexCommands(documentId)).toHaveLength(2);
  });

  it('writes the chunks artifact with the configured sizes and the declared language', async () => {
    const documentId = newDocumentId();
    const blob = await world.blobs.put(TENANT, Buffer.from(RETURNS_PAGE_V1, 'utf8'));
    await world.send(registerDocumentV1, TENANT, registration(documentId, blob, { language: 'en-GB', aclTags: ['staff'] }));
    const [command] = await world.awaitMatching(indexChunksV2, (e) => e.data.documentId === documentId);
    const artifact = chunksArtifactV1Schema.parse(JSON.parse((await world.blobs.get(TENANT, command!.data.chunksUri)).toString('utf8')));
    expect(artifact).toMatchObject({ documentId, version: 1, title: 'Returns and refunds', language: 'en-GB', aclTags: ['staff'] });
    expect(artifact.chunks.length).toBe(command!.data.chunkCount);
    expect(artifact.chunks.length).toBeGreaterThan(3);
    expect(artifact.chunks.map((c) => c.index)).toEqual(artifact.chunks.map((_, i) => i));
    expect(artifact.chunks.every((c) => c.tokenCount <= MAX_TOKENS)).toBe(true);
    expect(new Set(artifact.chunks.map((c) => c.section))).toEqual(new Set(['Returns', 'Returns > Refunds', 'Returns > Exchanges']));
  });

  it('asks for activation once indexed, records it, and never activates a version older than the active one', async () => {
    const documentId = newDocumentId();
    for (const page of [RETURNS_PAGE_V1, RETURNS_PAGE_V2]) {
      await world.send(registerDocumentV1, TENANT, registration(documentId, await world.blobs.put(TENANT, Buffer.from(page, 'utf8'))));
    }
    await world.awaitMatching(indexChunksV2, (e) => e.data.documentId === documentId, 2);
    const indexed = { documentId, backend: 'embedded' as const, indexName: 'embedded', chunkCount: 4 };
    const v2 = await world.send(documentIndexedV1, TENANT, { ...indexed, version: 2 });
    const [activate] = await world.awaitMatching(activateDocumentVersionV1, (e) => e.causationid === v2.id);
    expect(activate!.data).toEqual({ documentId, version: 2 });
    await world.send(documentVersionActivatedV1, TENANT, { documentId, version: 2 });
    await eventually(async () => expect((await statusOf(documentId)).map((r) => r.status)).toEqual(['indexing', 'active']));
    // Version 1 finishing late must not replace version 2.
    await world.send(documentIndexedV1, TENANT, { ...indexed, version: 1 });
    await eventually(async () => expect((await statusOf(documentId)).map((r) => r.status)).toEqual(['superseded', 'active']));
    expect(world.received(activateDocumentVersionV1).filter((e) => e.data.documentId === documentId)).toHaveLength(1);
  });

  it('records an indexing failure that retrieval reports', async () => {
    const documentId = newDocumentId();
    await world.send(registerDocumentV1, TENANT, registration(documentId, await world.blobs.put(TENANT, Buffer.from(RETURNS_PAGE_V1, 'utf8'))));
    await world.awaitMatching(indexChunksV2, (e) => e.data.documentId === documentId);
    await world.send(documentIngestionFailedV1, TENANT, {
      documentId, version: 1, failedStep: 'embed', errorCode: 'RETRIEVAL.INVALID_CHUNKS_ARTIFACT', message: 'not an artifact', retriable: false, attempt: 1,
    });
    await eventually(async () => expect(await statusOf(documentId)).toEqual([
      { version: 1, status: 'failed', error: 'embed failed: RETRIEVAL.INVALID_CHUNKS_ARTIFACT: not an artifact' },
    ]));
  });

  it('reports a missing upload as a failed parse, without partial state', async () => {
    const documentId = newDocumentId();
    const missing = { uri: `blob://${TENANT}/${'0'.repeat(64)}`, sha256: 'f'.repeat(64), sizeBytes: 10 };
    await world.send(registerDocumentV1, TENANT, registration(documentId, missing));
    const [failed] = await world.awaitMatching(documentIngestionFailedV1, (e) => e.data.documentId === documentId);
    expect(failed!.data).toMatchObject({ version: 1, failedStep: 'parse', errorCode: 'BLOB.NOT_FOUND', retriable: false });
    expect(indexCommands(documentId)).toEqual([]);
    expect(await statusOf(documentId)).toEqual([{ version: 1, status: 'failed', error: expect.stringContaining('BLOB.NOT_FOUND') as unknown }]);
  });

  it('refuses to read another tenant’s upload', async () => {
    const documentId = newDocumentId();
    const foreign = await world.blobs.put(`tnt_${randomUUID().slice(0, 8)}`, Buffer.from(RETURNS_PAGE_V1, 'utf8'));
    await world.send(registerDocumentV1, TENANT, registration(documentId, foreign));
    const [failed] = await world.awaitMatching(documentIngestionFailedV1, (e) => e.data.documentId === documentId);
    expect(failed!.data).toMatchObject({ failedStep: 'parse', errorCode: 'BLOB.FORBIDDEN', retriable: false });
  });
});
