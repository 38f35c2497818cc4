import { randomUUID } from 'node:crypto';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import type { StoredBlob } from '@sagewire/service-kit';

export { RETURNS_PAGE_V1, RETURNS_PAGE_V2, SHIPPING_PAGE } from '@sagewire/testing';

export function newDocumentId(): string {
  return `doc_${randomUUID()}`;
}

/** The `RegisterDocument` the gateway publishes after storing an upload. */
export function registration(documentId: string, blob: StoredBlob, overrides: Partial<RegisterDocumentV1> = {}): RegisterDocumentV1 {
  return {
    documentId,
    title: 'Returns and refunds',
    source: { uri: blob.uri, filename: 'returns.md' },
    mediaType: 'text/markdown',
    sizeBytes: blob.sizeBytes,
    contentSha256: blob.sha256,
    aclTags: ['public'],
    requestedBy: 'usr_admin_spec',
    ...overrides,
  };
}
