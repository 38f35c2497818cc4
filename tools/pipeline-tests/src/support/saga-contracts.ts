import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentChunkedV1 } from '@sagewire/contracts/ingestion/document-chunked.v1';
import { documentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentParsedV1 } from '@sagewire/contracts/ingestion/document-parsed.v1';
import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { indexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1, type DocumentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import type { RetrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import * as shared from '@sagewire/service-testing';
import type { ServiceWorld } from '@sagewire/service-testing';

/** Every message of the ingestion saga, in step order, then the query replies. */
export const SAGA_STEPS = [
  documentRegisteredV1, documentParsedV1, documentChunkedV1, indexChunksV2, documentEmbeddedV1, documentIndexedV1,
  activateDocumentVersionV1, documentVersionActivatedV1,
] as const;
export const RECORDED = [...SAGA_STEPS, documentIngestionFailedV1, documentsRetrievedV1, documentRetrievalFailedV1];

/** The ingestion specs look at the top 3 passages. */
const TOP_K = 3;

export function retrieval(text: string, overrides: Partial<RetrieveDocumentsV1> = {}): RetrieveDocumentsV1 {
  return shared.retrieval(text, { topK: TOP_K, ...overrides });
}

export function retrieve(world: ServiceWorld, tenantId: string, text: string, overrides: Partial<RetrieveDocumentsV1> = {}): Promise<DocumentsRetrievedV1> {
  return shared.retrieve(world, tenantId, text, { topK: TOP_K, ...overrides });
}

export function retrieveUntil(world: ServiceWorld, tenantId: string, text: string, expectation: (r: DocumentsRetrievedV1) => void): Promise<DocumentsRetrievedV1> {
  return shared.retrieveUntil(world, tenantId, text, expectation, { topK: TOP_K });
}
