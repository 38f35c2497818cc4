import { randomUUID } from 'node:crypto';
import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIndexedV1, type DocumentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentVersionActivatedV1, type DocumentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { indexChunksV2, type ChunksArtifactV1, type IndexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1, type DocumentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { retrieveDocumentsV1, type RetrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import type { Envelope } from '@sagewire/contracts';
import { eventually } from '@sagewire/testing';
import type { ServiceWorld } from '@sagewire/service-testing';

export const RECORDED = [documentEmbeddedV1, documentIndexedV1, documentVersionActivatedV1, documentIngestionFailedV1, documentsRetrievedV1, documentRetrievalFailedV1];

export interface DocumentSpec {
  readonly tenantId: string;
  readonly documentId: string;
  readonly version: number;
  readonly title: string;
  readonly aclTags?: readonly string[];
  readonly chunks: readonly { section?: string; text: string }[];
}

/** Writes the chunks artifact as ingestion does and sends `IndexChunks` v2 for it. */
export async function sendIndexChunks(world: ServiceWorld, doc: DocumentSpec, overrides: Partial<IndexChunksV2> = {}): Promise<Envelope<IndexChunksV2>> {
  const aclTags = [...(doc.aclTags ?? ['public'])];
  const artifact: ChunksArtifactV1 = {
    documentId: doc.documentId, version: doc.version, title: doc.title, language: 'en', aclTags,
    chunks: doc.chunks.map((c, index) => ({ index, text: c.text, tokenCount: c.text.split(' ').length, ...(c.section ? { section: c.section } : {}) })),
  };
  const blob = await world.blobs.put(doc.tenantId, Buffer.from(JSON.stringify(artifact), 'utf8'));
  return world.send(indexChunksV2, doc.tenantId, {
    documentId: doc.documentId, version: doc.version, backend: 'embedded', indexName: 'embedded', chunksUri: blob.uri,
    chunkCount: doc.chunks.length, title: doc.title, language: 'en', aclTags, ...overrides,
  });
}

export async function indexVersion(world: ServiceWorld, doc: DocumentSpec): Promise<DocumentIndexedV1> {
  const command = await sendIndexChunks(world, doc);
  const [indexed] = await world.awaitMatching(documentIndexedV1, (e) => e.causationid === command.id);
  return indexed!.data;
}

export async function activate(world: ServiceWorld, tenantId: string, documentId: string, version: number): Promise<DocumentVersionActivatedV1> {
  const command = await world.send(activateDocumentVersionV1, tenantId, { documentId, version });
  const [activated] = await world.awaitMatching(documentVersionActivatedV1, (e) => e.causationid === command.id);
  return activated!.data;
}

export function retrieval(text: string, overrides: Partial<RetrieveDocumentsV1> = {}): RetrieveDocumentsV1 {
  return { queryId: `qry_${randomUUID()}`, conversationId: `conv_${randomUUID()}`, text, language: 'en', topK: 5, aclTags: [], ...overrides };
}

export async function retrieve(world: ServiceWorld, tenantId: string, text: string, overrides: Partial<RetrieveDocumentsV1> = {}): Promise<DocumentsRetrievedV1> {
  const command = await world.send(retrieveDocumentsV1, tenantId, retrieval(text, overrides));
  const [reply] = await world.awaitMatching(documentsRetrievedV1, (e) => e.causationid === command.id);
  return reply!.data;
}

/** Asks until `expectation` holds: the index follows an activation a few milliseconds after it is published. */
export function retrieveUntil(world: ServiceWorld, tenantId: string, text: string, expectation: (r: DocumentsRetrievedV1) => void): Promise<DocumentsRetrievedV1> {
  return eventually(async () => {
    const reply = await retrieve(world, tenantId, text);
    expectation(reply);
    return reply;
  }, { intervalMs: 50 });
}
