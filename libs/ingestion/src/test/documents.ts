import { randomUUID } from 'node:crypto';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import type { StoredBlob } from '@sagewire/service-kit';

/** A small help-centre page: the refund delay sits under `Returns > Refunds`. */
export const RETURNS_PAGE_V1 = [
  '# Returns',
  '',
  'You can return any unworn item within 30 days of delivery. Print the prepaid label from your order page.',
  '',
  '## Refunds',
  '',
  'Once the parcel reaches our warehouse, the refund reaches your card within 5 business days.',
  '',
  '## Exchanges',
  '',
  'To exchange a size, start a return and place a new order; exchanges are not shipped directly.',
  '',
].join('\n');

/** The same page, revised: only the refund delay changed. */
export const RETURNS_PAGE_V2 = RETURNS_PAGE_V1.replace('within 5 business days', 'within 10 business days, after a quality check');

export const SHIPPING_PAGE = [
  '# Shipping',
  '',
  'Standard shipping takes 3 to 4 working days. Express parcels leave the warehouse the same day.',
  '',
].join('\n');

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
