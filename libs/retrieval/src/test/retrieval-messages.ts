import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIndexedV1, type DocumentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentVersionActivatedV1, type DocumentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { indexChunksV2, type ChunksArtifactV1, type IndexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import type { Envelope } from '@sagewire/contracts';
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

export { retrieval, retrieve, retrieveUntil } from '@sagewire/service-testing';
