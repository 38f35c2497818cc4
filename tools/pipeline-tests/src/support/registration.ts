import { randomUUID } from 'node:crypto';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import type { StoredBlob } from '@sagewire/service-kit';

export function newDocumentId(): string {
  return `doc_${randomUUID()}`;
}

/** The `RegisterDocument` the gateway publishes after storing an upload. */
export function registration(documentId: string, blob: StoredBlob, overrides: Partial<RegisterDocumentV1> & Pick<RegisterDocumentV1, 'title' | 'mediaType'>): RegisterDocumentV1 {
  return {
    documentId,
    source: { uri: blob.uri },
    sizeBytes: blob.sizeBytes,
    contentSha256: blob.sha256,
    aclTags: ['public'],
    requestedBy: 'usr_admin_spec',
    ...overrides,
  };
}
