import type { DemoDocument } from './demo-kb';
import type { DocumentStatus, DocumentUpload } from './gateway-client';
import { DEMO_TENANT_NAME, seedDemoKnowledgeBase } from './seed-demo-kb';

const documents: DemoDocument[] = [
  { file: 'en/returns.md', title: 'Returns', language: 'en', content: '# Returns\n\n30 days.' },
  { file: 'es/devoluciones.md', title: 'Devoluciones', language: 'es', content: '# Devoluciones\n\n30 días.' },
];

/** A gateway whose documents go through the given statuses, one per status read. */
function fakeGateway(statuses: Record<string, readonly string[]>) {
  const uploads: DocumentUpload[] = [];
  const tenants: Array<{ adminToken: string; name: string }> = [];
  const reads = new Map<string, number>();
  return {
    uploads,
    tenants,
    createTenant: (adminToken: string, name: string) => {
      tenants.push({ adminToken, name });
      return Promise.resolve({ tenantId: 't-1', apiKey: 'sw_key_secret' });
    },
    uploadDocument: (_apiKey: string, upload: DocumentUpload) => {
      uploads.push(upload);
      return Promise.resolve({ documentId: `doc-${upload.language}` });
    },
    getDocument: (_apiKey: string, documentId: string): Promise<DocumentStatus> => {
      const seen = reads.get(documentId) ?? 0;
      reads.set(documentId, seen + 1);
      const sequence = statuses[documentId] ?? [];
      return Promise.resolve({ documentId, status: sequence[Math.min(seen, sequence.length - 1)] ?? 'registered', error: 'parser exploded' });
    },
  };
}

describe('seedDemoKnowledgeBase', () => {
  it('creates the demo tenant, uploads every document as Markdown and waits until all are active', async () => {
    const gateway = fakeGateway({ 'doc-en': ['parsed', 'active'], 'doc-es': ['chunked', 'indexed', 'active'] });
    const progress: string[] = [];

    const tenant = await seedDemoKnowledgeBase({ gateway, adminToken: 'admin-token', progress: (line) => progress.push(line), documents, pollIntervalMs: 1 });

    expect(gateway.tenants).toEqual([{ adminToken: 'admin-token', name: DEMO_TENANT_NAME }]);
    expect(gateway.uploads).toEqual([
      { title: 'Returns', mediaType: 'text/markdown', content: '# Returns\n\n30 days.', language: 'en' },
      { title: 'Devoluciones', mediaType: 'text/markdown', content: '# Devoluciones\n\n30 días.', language: 'es' },
    ]);
    expect(tenant).toEqual({ tenantId: 't-1', apiKey: 'sw_key_secret', documentIds: ['doc-en', 'doc-es'] });
    expect(progress).toEqual([
      'Preparing the demo knowledge base: 0/2 documents ready',
      'Preparing the demo knowledge base: 1/2 documents ready',
      'Preparing the demo knowledge base: 2/2 documents ready',
    ]);
  });

  it('fails loudly, naming the file and the reason, when a document fails to ingest', async () => {
    const gateway = fakeGateway({ 'doc-en': ['active'], 'doc-es': ['failed'] });

    await expect(seedDemoKnowledgeBase({ gateway, adminToken: 'a', progress: () => undefined, documents, pollIntervalMs: 1 })).rejects.toThrow(
      /es\/devoluciones\.md failed .*parser exploded/,
    );
  });

  it('fails after the timeout, naming each pending document and its last status', async () => {
    const gateway = fakeGateway({ 'doc-en': ['active'], 'doc-es': ['embedded'] });

    await expect(seedDemoKnowledgeBase({ gateway, adminToken: 'a', progress: () => undefined, documents, pollIntervalMs: 1, timeoutMs: 30 })).rejects.toThrow(
      'the demo knowledge base was not ready within 30 ms; still pending: es/devoluciones.md (embedded)',
    );
  });
});
