import { documentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import { deleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { registerDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { startLocalBedrock, type LocalBedrock } from '@sagewire/bedrock-local';
import { ingestionService } from '@sagewire/ingestion';
import { retrievalService } from '@sagewire/retrieval';
import { retrieve, retrieveUntil, ServiceWorld } from '@sagewire/service-testing';
import { buildPdf, eventually } from '@sagewire/testing';
import { DOCX_PAYMENTS, HTML_SHIPPING, MARKDOWN_RETURNS, PDF_WARRANTY, PNG_BYTES } from './documents';
import { newDocumentId, registration } from './registration';

const RECORDED = [documentVersionActivatedV1, documentIngestionFailedV1, documentIngestionRolledBackV1, documentDeletedV1, documentsRetrievedV1];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Titan v2's smallest size: plenty for these tests, and a quarter of the index of 1024. */
const DIMENSIONS = 256;
const MAX_DOCUMENT_BYTES = 200_000;

export interface BackendUnderTest {
  /** Retrieval's settings for this backend. */
  env(): Record<string, string>;
  /** Chunks of a document version the backend itself holds (not the database). */
  countIndexed(tenantId: string, documentId: string, version?: number): Promise<number>;
  dispose(): Promise<void>;
}

/**
 * The knowledge pipeline's promises, for one backend: ingestion and retrieval in one host (as
 * the embedded mode composes them), real PostgreSQL, embeddings through the real Bedrock SDK
 * against the local Bedrock server, and the backend given.
 */
export function describeKnowledgePipeline(label: string, backend: () => BackendUnderTest): void {
  describe(`knowledge pipeline on the ${label} backend`, () => {
    let world: ServiceWorld;
    let bedrock: LocalBedrock;
    let under: BackendUnderTest;
    const run = Math.random().toString(36).slice(2, 8);
    const tenantA = `tnt_a_${run}`;
    const tenantB = `tnt_b_${run}`;
    const docs = { pdf: newDocumentId(), docx: newDocumentId(), html: newDocumentId(), md: newDocumentId() };

    async function upload(tenantId: string, documentId: string, bytes: Buffer | string, mediaType: string, title: string, aclTags = ['public']): Promise<void> {
      const blob = await world.blobs.put(tenantId, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
      await world.send(registerDocumentV1, tenantId, registration(documentId, blob, { title, mediaType, aclTags }));
    }
    const activated = (documentId: string, version = 1) =>
      world.awaitMatching(documentVersionActivatedV1, (e) => e.data.documentId === documentId && e.data.version === version);
    const statusOf = (documentId: string) =>
      world.sql<{ version: number; status: string; error: string | null }>('SELECT version, status, error FROM ingestion.document_versions WHERE document_id = $1 ORDER BY version', [documentId]);
    const storedChunks = async (documentId: string, version: number) =>
      Number((await world.sql<{ n: string }>('SELECT count(*) AS n FROM retrieval.chunks WHERE document_id = $1 AND version = $2', [documentId, version]))[0]!.n);

    beforeAll(async () => {
      under = backend();
      bedrock = await startLocalBedrock({ port: 0 });
      // The SDK's default credential chain reads these; the local server checks only their presence.
      process.env['AWS_ACCESS_KEY_ID'] ??= 'AKIDLOCALPIPELINE';
      process.env['AWS_SECRET_ACCESS_KEY'] ??= 'local-pipeline-secret';
      world = await ServiceWorld.create(`pipeline_${label.toLowerCase()}`, RECORDED);
      await world.startHost([ingestionService, retrievalService], {
        ...under.env(),
        RETRIEVAL_EMBEDDING_PROVIDER: 'bedrock', BEDROCK_ENDPOINT: bedrock.url, BEDROCK_REGION: 'us-east-1',
        RETRIEVAL_EMBEDDING_DIMENSIONS: String(DIMENSIONS), RETRIEVAL_INDEX_RECONCILE_MS: '200',
        INGESTION_MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES), INGESTION_WORKERS: '1', INGESTION_MAX_IN_FLIGHT_PER_TENANT: '2', INGESTION_POLL_MS: '50',
      });
      await upload(tenantA, docs.pdf, await PDF_WARRANTY(), 'application/pdf', 'Warranty');
      await upload(tenantA, docs.docx, await DOCX_PAYMENTS(), DOCX, 'Payments');
      await upload(tenantA, docs.html, HTML_SHIPPING, 'text/html', 'Shipping');
      await upload(tenantA, docs.md, MARKDOWN_RETURNS('5 business days'), 'text/markdown', 'Returns and refunds');
      await Promise.all(Object.values(docs).map((id) => activated(id)));
    });

    afterAll(async () => {
      await world?.close();
      await bedrock?.close();
      await under?.dispose();
    });

    it.each([
      ['pdf', 'How long is the warranty on a jacket?', 'two year warranty', 'Warranty', 'Warranty'],
      ['docx', 'Do you accept PayPal?', 'PayPal', 'Payments', 'Payments'],
      ['docx', 'What is the monthly fee of the Premium plan?', '12 euros', 'Payments', 'Table'],
      ['html', 'Which warehouse do orders ship from?', 'Rotterdam', 'Shipping', 'Shipping'],
      ['md', 'When does the refund reach my card?', '5 business days', 'Returns and refunds', 'Refunds'],
    ] as const)('answers from the %s upload with a citation: %s', async (format, question, fact, title, section) => {
      const reply = await retrieveUntil(world, tenantA, question, (r) => expect(r.passages[0]?.documentId).toBe(docs[format]), { topK: 3 });
      expect(reply.passages[0]!.text).toContain(fact);
      expect(reply.citations[0]).toMatchObject({ documentId: docs[format], documentVersion: 1, title });
      expect(reply.citations[0]!.section).toContain(section);
    });

    it('leaves page boilerplate out of the index', async () => {
      const reply = await retrieve(world, tenantA, 'Careers newsletter signup copyright', { topK: 10 });
      expect(reply.passages.map((p) => p.text).join(' ')).not.toMatch(/Careers|Newsletter|Copyright|tracker/);
    });

    it("never returns another tenant's chunks, whatever ACL tags are asked for", async () => {
      const secret = newDocumentId();
      await upload(tenantB, secret, MARKDOWN_RETURNS('2 hours for gold members'), 'text/markdown', 'Returns and refunds', ['gold']);
      await activated(secret);
      await retrieveUntil(world, tenantB, 'When does the refund reach my card?', (r) => expect(r.passages[0]?.documentId).toBe(secret), { aclTags: ['gold'] });
      for (const aclTags of [[], ['gold'], ['public', 'gold'], ['*']]) {
        const reply = await retrieve(world, tenantA, 'refund 2 hours gold members', { aclTags, topK: 20 });
        expect(reply.passages.filter((p) => p.documentId === secret)).toEqual([]);
      }
    });

    it('keeps serving the previous version when embedding fails part-way, leaving no chunk of the failed one', async () => {
      bedrock.script.failWhenInputContains('POISONED-PARAGRAPH', 'validation');
      const revised = `${MARKDOWN_RETURNS('10 business days')}\n## Exchanges\n\nPOISONED-PARAGRAPH exchanges are shipped directly.\n`;
      await upload(tenantA, docs.md, revised, 'text/markdown', 'Returns and refunds');
      const [failed] = await world.awaitMatching(documentIngestionFailedV1, (e) => e.data.documentId === docs.md && e.data.version === 2);
      expect(failed!.data).toMatchObject({ failedStep: 'embed', errorCode: 'EMBEDDING.INVALID_INPUT', retriable: false });
      await world.awaitMatching(documentIngestionRolledBackV1, (e) => e.data.documentId === docs.md && e.data.version === 2);
      await eventually(async () => expect(await statusOf(docs.md)).toMatchObject([{ version: 1, status: 'active' }, { version: 2, status: 'rolled_back' }]));
      expect(await storedChunks(docs.md, 2)).toBe(0);
      expect(await under.countIndexed(tenantA, docs.md, 2)).toBe(0);
      const reply = await retrieve(world, tenantA, 'When does the refund reach my card?', { topK: 3 });
      expect(reply.passages[0]).toMatchObject({ documentId: docs.md, documentVersion: 1 });
      expect(reply.passages[0]!.text).toContain('5 business days');
    });

    it('switches to a new version once it is fully indexed', async () => {
      bedrock.script.reset();
      await upload(tenantA, docs.md, MARKDOWN_RETURNS('7 business days'), 'text/markdown', 'Returns and refunds');
      await activated(docs.md, 3);
      const reply = await retrieveUntil(world, tenantA, 'When does the refund reach my card?', (r) => expect(r.passages[0]?.documentVersion).toBe(3), { topK: 3 });
      expect(reply.passages[0]!.text).toContain('7 business days');
      expect(await storedChunks(docs.md, 1)).toBe(0);
      expect(await under.countIndexed(tenantA, docs.md, 1)).toBe(0);
    });

    it('stops returning a deleted document and keeps none of its chunks', async () => {
      await world.send(deleteDocumentV1, tenantA, { documentId: docs.html, requestedBy: 'usr_admin_spec' });
      const [deleted] = await world.awaitMatching(documentDeletedV1, (e) => e.data.documentId === docs.html);
      expect(deleted!.data).toMatchObject({ deletedVersions: [1], requestedBy: 'usr_admin_spec' });
      expect(deleted!.data.deletedChunkCount).toBeGreaterThan(0);
      await retrieveUntil(world, tenantA, 'Which warehouse do orders ship from?', (r) => expect(r.passages.map((p) => p.documentId)).not.toContain(docs.html));
      expect(await under.countIndexed(tenantA, docs.html)).toBe(0);
      await eventually(async () => expect(await statusOf(docs.html)).toEqual([expect.objectContaining({ version: 1, status: 'deleted' })]));
    });

    it('fails empty, encrypted, disguised, malformed and oversized files with a reason, and keeps going', async () => {
      const bad = {
        empty: { bytes: Buffer.alloc(0), mediaType: 'text/markdown', code: 'INGESTION.EMPTY_DOCUMENT' },
        encrypted: { bytes: await buildEncryptedPdf(), mediaType: 'application/pdf', code: 'INGESTION.ENCRYPTED_DOCUMENT' },
        disguised: { bytes: PNG_BYTES, mediaType: 'text/markdown', code: 'INGESTION.CONTENT_MISMATCH' },
        // A real DOCX cut short, as an interrupted upload leaves it.
        malformed: { bytes: truncated(await DOCX_PAYMENTS()), mediaType: DOCX, code: 'INGESTION.PARSE_FAILED' },
        oversized: { bytes: Buffer.from('word '.repeat(MAX_DOCUMENT_BYTES / 4), 'utf8'), mediaType: 'text/plain', code: 'INGESTION.DOCUMENT_TOO_LARGE' },
      };
      const ids = Object.fromEntries(Object.keys(bad).map((name) => [name, newDocumentId()]));
      for (const [name, file] of Object.entries(bad)) await upload(tenantA, ids[name]!, file.bytes, file.mediaType, `Bad file: ${name}`);
      const good = newDocumentId();
      await upload(tenantA, good, MARKDOWN_RETURNS('3 business days'), 'text/markdown', 'Returns, again');
      await activated(good);
      for (const [name, file] of Object.entries(bad)) {
        await eventually(async () => {
          const [version] = await statusOf(ids[name]!);
          expect(version).toMatchObject({ status: 'failed' });
          expect(version!.error).toContain(file.code);
        });
      }
    });

    it("serves one tenant's single upload before another tenant's bulk upload is through", async () => {
      const bulkTenant = `tnt_bulk_${run}`;
      const smallTenant = `tnt_small_${run}`;
      const bulk = Array.from({ length: 10 }, () => newDocumentId());
      for (const [i, id] of bulk.entries()) await upload(bulkTenant, id, MARKDOWN_RETURNS(`${i + 2} days`), 'text/markdown', `Bulk ${i}`);
      const single = newDocumentId();
      await upload(smallTenant, single, MARKDOWN_RETURNS('1 day'), 'text/markdown', 'Returns');
      await Promise.all([...bulk, single].map((id) => activated(id)));
      const order = world.received(documentVersionActivatedV1).map((e) => e.data.documentId).filter((id) => id === single || bulk.includes(id));
      // First come, first served would put it 11th; taking turns puts it within the first few.
      expect(order.indexOf(single)).toBeLessThan(4);
    });
  });
}

function truncated(bytes: Buffer): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length * 0.6));
}

function buildEncryptedPdf(): Promise<Buffer> | Buffer {
  return buildPdf({ pages: [{ blocks: [{ text: 'Confidential price list' }] }], encrypted: true });
}
