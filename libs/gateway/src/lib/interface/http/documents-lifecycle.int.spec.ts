import { createHash } from 'node:crypto';
import type { Contract, DataOf, Envelope } from '@sagewire/contracts';
import { deleteDocumentV1, type DeleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { documentChunkedV1 } from '@sagewire/contracts/ingestion/document-chunked.v1';
import { documentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { registerDocumentV1, type RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { encodeFor } from '@sagewire/messaging';
import { eventually } from '@sagewire/testing';
import { api, collect, createTenant, publish, startGateway, type ErrorBody, type GatewayHarness, type TestTenant } from '../../../test/gateway-harness';

interface VersionView {
  version: number;
  status: string;
  chunkCount?: number;
  failure?: { step: string; code: string; message: string };
  createdAt: string;
  activatedAt?: string;
  failedAt?: string;
}

interface DocumentDetail {
  documentId: string;
  version: number;
  activeVersion?: number;
  status: string;
  error?: string;
  versions: VersionView[];
}

/** Deletion, each version's history under out-of-order events, and binary uploads. */
describe('document lifecycle', () => {
  let h: GatewayHarness;
  let commands: { seen: Envelope[]; close(): Promise<void> };
  let tenant: TestTenant;

  beforeAll(async () => {
    h = await startGateway('gateway_document_lifecycle');
    commands = await collect(h, [registerDocumentV1.topic, deleteDocumentV1.topic]);
    tenant = await createTenant(h, 'Lifecycle tenant');
  });

  afterAll(async () => {
    await commands.close();
    await h.close();
  });

  const uploadText = async (title: string, content: string, documentId?: string): Promise<string> => {
    const response = await api<{ documentId: string }>(h, 'POST', '/v1/documents', {
      token: tenant.adminKey, body: { title, mediaType: 'text/plain', content, ...(documentId ? { documentId } : {}) },
    });
    expect(response.status).toBe(202);
    return response.body.documentId;
  };

  const read = (documentId: string, token = tenant.adminKey) => api<DocumentDetail>(h, 'GET', `/v1/documents/${documentId}`, { token });
  const listed = async (query = ''): Promise<string[]> =>
    (await api<{ documents: { documentId: string }[] }>(h, 'GET', `/v1/documents${query}`, { token: tenant.adminKey })).body.documents.map((d) => d.documentId);

  it('deletes: 202 deleting, DeleteDocument through the outbox, deleted on DocumentDeleted, then 409', async () => {
    const documentId = await uploadText('Warranty', 'Two years.');
    await publish(h, documentVersionActivatedV1, { documentId, version: 1 }, tenant.tenantId, documentId);
    await eventually(async () => expect((await read(documentId)).body).toMatchObject({ status: 'active', activeVersion: 1 }));

    const accepted = await api(h, 'DELETE', `/v1/documents/${documentId}`, { token: tenant.adminKey });
    expect(accepted).toMatchObject({ status: 202, body: { documentId, status: 'deleting' } });
    const command = await eventually(() => {
      const found = commands.seen.find((e) => e.type === deleteDocumentV1.type && (e.data as DeleteDocumentV1).documentId === documentId);
      expect(found).toBeDefined();
      return found as Envelope<DeleteDocumentV1>;
    });
    expect(command).toMatchObject({ tenantid: tenant.tenantId, subject: documentId, correlationid: documentId });
    expect((await read(documentId)).body.status).toBe('deleting');
    expect(await listed()).toContain(documentId);

    // A late activation while deleting must not bring the document back.
    await publish(h, documentVersionActivatedV1, { documentId, version: 1 }, tenant.tenantId, documentId);
    await publish(h, documentDeletedV1, { documentId, deletedVersions: [1], deletedChunkCount: 3, requestedBy: command.data.requestedBy }, tenant.tenantId, documentId);
    await eventually(async () => {
      const view = await read(documentId);
      expect(view.status).toBe(200);
      expect(view.body.status).toBe('deleted');
      expect(view.body.activeVersion).toBeUndefined();
    });
    expect(await listed()).not.toContain(documentId);
    expect(await listed('?includeDeleted=true')).toContain(documentId);

    const again = await api<ErrorBody>(h, 'DELETE', `/v1/documents/${documentId}`, { token: tenant.adminKey });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'GATEWAY.CONFLICT' });
    expect(again.body.error.message).toBe(`document ${documentId} is already deleted; upload the file again (without documentId) to add it back`);
    const newVersion = await api<ErrorBody>(h, 'POST', '/v1/documents', { token: tenant.adminKey, body: { documentId, title: 'W', mediaType: 'text/plain', content: 'x' } });
    expect(newVersion.status).toBe(409);
  });

  it("answers 404 for an unknown id and for another tenant's document, which stays as it was", async () => {
    const documentId = await uploadText('Returns', 'Thirty days.');
    const other = await createTenant(h, 'Other lifecycle tenant');
    const foreign = await api<ErrorBody>(h, 'DELETE', `/v1/documents/${documentId}`, { token: other.adminKey });
    const unknown = await api<ErrorBody>(h, 'DELETE', '/v1/documents/8d1f4c52-1c7e-4b8e-9a37-0b7a0e3f9d11', { token: other.adminKey });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toEqual({ code: 'GATEWAY.NOT_FOUND', message: `no document ${documentId} in this tenant; GET /v1/documents lists them` });
    expect(unknown.status).toBe(404);
    expect((await api<ErrorBody>(h, 'DELETE', '/v1/documents/not-a-uuid', { token: tenant.adminKey })).body.error.message).toBe('path.id: must be a UUID');
    expect((await read(documentId)).body.status).toBe('registered');
    expect(commands.seen.some((e) => e.type === deleteDocumentV1.type && (e.data as DeleteDocumentV1).documentId === documentId)).toBe(false);
  });

  // The contracts travel on topics of their own, so the gateway sees these in any order: every
  // assertion holds whichever it handles first.
  it("keeps each version's history when events arrive out of order and twice", async () => {
    const documentId = await uploadText('Shipping', 'Two days.');
    await uploadText('Shipping', 'Three days.', documentId);
    await uploadText('Shipping', 'Four days.', documentId);
    const ref = (version: number) => ({ documentId, version });
    const failure = { failedStep: 'embed' as const, errorCode: 'INGESTION.EMBEDDING_FAILED', message: 'the embedding model is unavailable', retriable: true, attempt: 1 };
    const events: [Contract, unknown][] = [
      [documentVersionActivatedV1, { ...ref(2), previousVersion: 1 }],
      [documentChunkedV1, { ...ref(2), chunkCount: 7, strategy: 'markdown_headings' }],
      [documentIngestionFailedV1, { ...ref(1), ...failure }],
      [documentVersionActivatedV1, ref(1)],
      [documentIngestionRolledBackV1, { ...ref(3), deletedChunkCount: 2, activeVersion: 2 }],
      [documentIngestionFailedV1, { ...ref(3), ...failure, failedStep: 'index', errorCode: 'RETRIEVAL.INDEX_MISSING', message: 'no index', retriable: false }],
      [documentChunkedV1, { ...ref(3), chunkCount: 2, strategy: 'markdown_headings' }],
    ];
    for (const [contract, data] of events) {
      const envelope = await publish(h, contract, data as DataOf<typeof contract>, tenant.tenantId, documentId);
      await h.bus.publish([encodeFor(contract, envelope)]);
    }

    await eventually(async () => {
      const { body } = await read(documentId);
      expect(body).toMatchObject({ version: 3, activeVersion: 2, status: 'rolled_back', error: 'index failed (RETRIEVAL.INDEX_MISSING): no index' });
      expect(body.versions.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'active'], [3, 'rolled_back']]);
      expect(body.versions[0]!.failure).toBeUndefined();
      expect(body.versions[1]).toMatchObject({ chunkCount: 7, activatedAt: expect.any(String) });
      expect(body.versions[2]).toMatchObject({ chunkCount: 2, failure: { step: 'index', code: 'RETRIEVAL.INDEX_MISSING', message: 'no index' }, failedAt: expect.any(String) });
    });
  });

  it('stores PDF and DOCX uploads byte for byte', async () => {
    const files = [
      { name: 'manual.pdf', type: 'application/pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]) },
      { name: 'policy.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x80]) },
    ];
    for (const file of files) {
      const form = new FormData();
      form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
      const response = await fetch(`${h.baseUrl}/v1/documents`, { method: 'POST', headers: { authorization: `Bearer ${tenant.adminKey}` }, body: form });
      expect(response.status).toBe(202);
      const { documentId } = (await response.json()) as { documentId: string };
      const command = await eventually(() => {
        const found = commands.seen.find((e) => e.type === registerDocumentV1.type && (e.data as RegisterDocumentV1).documentId === documentId);
        expect(found).toBeDefined();
        return found as Envelope<RegisterDocumentV1>;
      });
      expect(command.data).toMatchObject({ mediaType: file.type, sizeBytes: file.bytes.length, contentSha256: createHash('sha256').update(file.bytes).digest('hex') });
      expect(await h.blobs.get(tenant.tenantId, command.data.source.uri)).toEqual(file.bytes);
    }
  });
});
