import { createHash } from 'node:crypto';
import type { Envelope } from '@sagewire/contracts';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentParsedV1 } from '@sagewire/contracts/ingestion/document-parsed.v1';
import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { registerDocumentV1, type RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { eventually } from '@sagewire/testing';
import { SUPPORTED_MEDIA_TYPES } from '../../domain/documents/media-types';
import { api, collect, createTenant, customerToken, publish, startGateway, type ErrorBody, type GatewayHarness, type TestTenant } from '../../../test/gateway-harness';

interface DocumentView {
  documentId: string;
  version: number;
  activeVersion?: number;
  status: string;
  error?: string;
}

/** Uploads reach the blob store and ingestion (RegisterDocument); ingestion's events drive the status. */
describe('documents', () => {
  let h: GatewayHarness;
  let commands: { seen: Envelope[]; close(): Promise<void> };
  let tenant: TestTenant;

  beforeAll(async () => {
    h = await startGateway('gateway_documents', { GATEWAY_MAX_DOCUMENT_BYTES: '1000' });
    commands = await collect(h, [registerDocumentV1.topic]);
    tenant = await createTenant(h, 'Docs tenant');
  });

  afterAll(async () => {
    await commands.close();
    await h.close();
  });

  const upload = (form: FormData, token = tenant.adminKey): Promise<Response> =>
    fetch(`${h.baseUrl}/v1/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });

  const registerCommand = (documentId: string, count: number): Promise<Envelope<RegisterDocumentV1>[]> =>
    eventually(() => {
      const found = commands.seen.filter((e) => (e.data as RegisterDocumentV1).documentId === documentId) as Envelope<RegisterDocumentV1>[];
      expect(found).toHaveLength(count);
      return found;
    });

  it('stores a multipart upload as a blob and publishes RegisterDocument; status follows ingestion', async () => {
    const bytes = Buffer.from('# Returns\n\nReturns are free within 30 days.\n');
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'text/markdown' }), 'returns.md');
    form.append('aclTags', 'staff, vip');
    const response = await upload(form);
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { documentId: string; version: number; status: string };
    expect(accepted).toMatchObject({ version: 1, status: 'registered' });

    const [command] = await registerCommand(accepted.documentId, 1);
    expect(command).toMatchObject({ subject: accepted.documentId, correlationid: accepted.documentId, tenantid: tenant.tenantId });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(command!.data).toMatchObject({ title: 'returns.md', mediaType: 'text/markdown', sizeBytes: bytes.length, contentSha256: sha256, aclTags: ['staff', 'vip'] });
    expect(command!.data.source.filename).toBe('returns.md');
    expect(await h.blobs.get(tenant.tenantId, command!.data.source.uri)).toEqual(bytes);

    const ref = { documentId: accepted.documentId, version: 1 };
    const { requestedBy: _r, ...registered } = command!.data;
    await publish(h, documentRegisteredV1, { ...registered, ...ref, requestedBy: 'admin' }, tenant.tenantId, ref.documentId);
    await publish(h, documentParsedV1, { ...ref, parser: 'markdown@1', characterCount: 40, sectionCount: 1 }, tenant.tenantId, ref.documentId);
    await publish(h, documentVersionActivatedV1, ref, tenant.tenantId, ref.documentId);
    await eventually(async () => {
      const view = await api<DocumentView>(h, 'GET', `/v1/documents/${ref.documentId}`, { token: tenant.adminKey });
      expect(view.body).toMatchObject({ status: 'active', version: 1, activeVersion: 1 });
    });
  });

  it('takes a new version as JSON and reports a failed ingestion with its message', async () => {
    const first = await api<{ documentId: string }>(h, 'POST', '/v1/documents', { token: tenant.adminKey, body: { title: 'Shipping', mediaType: 'text/plain', content: 'Two days.' } });
    expect(first.status).toBe(202);
    const second = await api<{ documentId: string; version: number }>(h, 'POST', '/v1/documents', {
      token: tenant.adminKey, body: { documentId: first.body.documentId, title: 'Shipping', mediaType: 'text/plain', content: 'Three days.', aclTags: ['staff'] },
    });
    expect(second.body).toEqual({ documentId: first.body.documentId, version: 2, status: 'registered' });
    const same = await api<{ status: string }>(h, 'POST', '/v1/documents', {
      token: tenant.adminKey, body: { documentId: first.body.documentId, title: 'Shipping', mediaType: 'text/plain', content: 'Three days.', aclTags: ['staff'] },
    });
    expect(same.body).toEqual({ documentId: first.body.documentId, version: 2, status: 'unchanged' });
    await registerCommand(first.body.documentId, 2);
    await publish(h, documentIngestionFailedV1, {
      documentId: first.body.documentId, version: 2, failedStep: 'embed', errorCode: 'INGESTION.EMBEDDING_FAILED', message: 'the embedding model is unavailable', retriable: false, attempt: 3,
    }, tenant.tenantId, first.body.documentId);
    await eventually(async () => {
      const view = await api<DocumentView>(h, 'GET', `/v1/documents/${first.body.documentId}`, { token: tenant.adminKey });
      expect(view.body).toMatchObject({ status: 'failed', version: 2, error: 'embed failed (INGESTION.EMBEDDING_FAILED): the embedding model is unavailable' });
    });
    const list = await api<{ documents: DocumentView[] }>(h, 'GET', '/v1/documents', { token: tenant.adminKey });
    expect(list.body.documents.map((d) => d.documentId)).toContain(first.body.documentId);
  });

  it('refuses unsupported media types (415), oversized files (413), non-admins (403) and other tenants (404)', async () => {
    const zip = new FormData();
    zip.append('file', new Blob(['PK\x03\x04'], { type: 'application/zip' }), 'manual.zip');
    const unsupported = await upload(zip);
    expect(unsupported.status).toBe(415);
    expect(((await unsupported.json()) as ErrorBody).error.message).toBe(`unsupported media type application/zip; supported: ${SUPPORTED_MEDIA_TYPES.join(', ')}`);

    const big = new FormData();
    big.append('file', new Blob(['x'.repeat(1001)], { type: 'text/plain' }), 'big.txt');
    const tooLarge = await upload(big);
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as ErrorBody).error.code).toBe('GATEWAY.PAYLOAD_TOO_LARGE');
    const bigJson = await api<ErrorBody>(h, 'POST', '/v1/documents', { token: tenant.adminKey, body: { title: 'Big', mediaType: 'text/plain', content: 'x'.repeat(1001) } });
    expect(bigJson.status).toBe(413);

    const customer = await customerToken(h, tenant, 'frank');
    expect((await api(h, 'POST', '/v1/documents', { token: customer, body: { title: 'T', mediaType: 'text/plain', content: 'x' } })).status).toBe(403);

    const mine = await api<{ documentId: string }>(h, 'POST', '/v1/documents', { token: tenant.adminKey, body: { title: 'Mine', mediaType: 'text/html', content: '<p>Hi</p>' } });
    const other = await createTenant(h, 'Other docs tenant');
    expect((await api(h, 'GET', `/v1/documents/${mine.body.documentId}`, { token: other.adminKey })).status).toBe(404);
  });
});
