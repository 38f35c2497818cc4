import { setTimeout as sleep } from 'node:timers/promises';
import { loadDemoKnowledgeBase, type DemoDocument } from './demo-kb';
import type { GatewayClient } from './gateway-client';

export const DEMO_TENANT_NAME = 'Northwind Outfitters (demo)';
/** Ten small documents index in seconds; two minutes means something is stuck, and we say so. */
export const DEFAULT_SEED_TIMEOUT_MS = 120_000;
/** Status reads share PGlite's single session with ingestion itself: poll gently. */
const DEFAULT_POLL_INTERVAL_MS = 500;

export interface DemoTenant {
  readonly tenantId: string;
  readonly apiKey: string;
  readonly documentIds: readonly string[];
}

export interface SeedOptions {
  readonly gateway: Pick<GatewayClient, 'createTenant' | 'uploadDocument' | 'getDocument'>;
  readonly adminToken: string;
  readonly progress: (line: string) => void;
  readonly timeoutMs?: number;
  readonly pollIntervalMs?: number;
  readonly documents?: readonly DemoDocument[];
}

/**
 * Creates the demo tenant and uploads the help centre through the public API, then waits for
 * every document to become `active` (answers before that would cite nothing). Throws on a
 * failed document or a timeout, naming the documents still pending.
 */
export async function seedDemoKnowledgeBase(options: SeedOptions): Promise<DemoTenant> {
  const { gateway, progress } = options;
  const documents = options.documents ?? (await loadDemoKnowledgeBase());
  const tenant = await gateway.createTenant(options.adminToken, DEMO_TENANT_NAME);
  const pending = new Map<string, DemoDocument>();
  const lastStatus = new Map<string, string>();
  for (const document of documents) {
    const { title, content, language } = document;
    const uploaded = await gateway.uploadDocument(tenant.apiKey, { title, mediaType: 'text/markdown', content, language });
    pending.set(uploaded.documentId, document);
  }
  const documentIds = [...pending.keys()];
  progress(`Preparing the demo knowledge base: 0/${documents.length} documents ready`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEED_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  while (pending.size > 0) {
    if (Date.now() > deadline) {
      const names = [...pending].map(([id, d]) => `${d.file} (${lastStatus.get(id) ?? 'not yet read'})`).join(', ');
      throw new Error(`the demo knowledge base was not ready within ${timeoutMs} ms; still pending: ${names}`);
    }
    await sleep(options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
    for (const [documentId, document] of [...pending]) {
      const { status, error } = await gateway.getDocument(tenant.apiKey, documentId);
      lastStatus.set(documentId, status);
      if (status === 'failed') throw new Error(`ingesting the demo document ${document.file} failed (document ${documentId}): ${error ?? 'no reason given'}`);
      if (status !== 'active') continue;
      pending.delete(documentId);
      progress(`Preparing the demo knowledge base: ${documents.length - pending.size}/${documents.length} documents ready`);
    }
  }
  return { tenantId: tenant.tenantId, apiKey: tenant.apiKey, documentIds };
}
