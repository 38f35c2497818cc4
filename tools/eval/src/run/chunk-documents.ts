import { chunkerFor } from '@sagewire/ingestion';
import type { DocumentVersionChunks, EmbeddingModel, IndexedChunk } from '@sagewire/retrieval';
import type { CorpusDocument } from '../dataset/eval-dataset';

/** Every document is indexed as version 1: the evaluation never replaces one. */
const VERSION = 1;

/** A chunk before embedding. */
interface ChunkText {
  readonly documentId: string;
  readonly title: string;
  readonly section?: string;
  readonly text: string;
  readonly chunkIndex: number;
}

/**
 * Cuts documents as the ingestion service does: its default heading-aware chunker (300-token
 * chunks, 60 tokens of overlap) over the text as one section whose paragraphs are split on
 * blank lines. A document with a title but no text becomes one chunk of its title, so it can
 * still be found.
 */
export function chunkDocuments(documents: readonly CorpusDocument[]): ChunkText[] {
  const chunker = chunkerFor('heading-aware');
  return documents.flatMap((document) => {
    const chunks = document.text.trim() === '' ? [] : chunker([{ path: [], text: document.text }]);
    if (chunks.length === 0) return [{ documentId: document.id, title: document.title, text: document.title, chunkIndex: 0 }];
    return chunks.map((chunk) => ({
      documentId: document.id,
      title: document.title,
      text: chunk.text,
      chunkIndex: chunk.index,
      ...(chunk.section === undefined ? {} : { section: chunk.section }),
    }));
  });
}

/** What the retrieval service embeds for a chunk: title, section and text, one per line. */
export function embeddingInput(chunk: ChunkText): string {
  return [chunk.title, chunk.section ?? '', chunk.text].join('\n');
}

export interface EmbeddedBatch {
  readonly versions: DocumentVersionChunks[];
  readonly chunkCount: number;
  readonly embedMs: number;
}

/** Chunks and embeds a batch of documents into what `SearchBackend.replaceDocuments` takes; times the embedding alone. */
export async function prepareBatch(documents: readonly CorpusDocument[], tenantId: string, model: EmbeddingModel): Promise<EmbeddedBatch> {
  const texts = chunkDocuments(documents);
  const started = performance.now();
  const vectors = await model.embed(texts.map(embeddingInput));
  const embedMs = performance.now() - started;
  const byDocument = new Map<string, IndexedChunk[]>(documents.map((d) => [d.id, []]));
  texts.forEach((chunk, i) => {
    byDocument.get(chunk.documentId)!.push({
      chunkId: `${chunk.documentId}:v${VERSION}:${chunk.chunkIndex}`,
      tenantId, documentId: chunk.documentId, documentVersion: VERSION, chunkIndex: chunk.chunkIndex,
      title: chunk.title, aclTags: [], text: chunk.text, vector: vectors[i]!,
      ...(chunk.section === undefined ? {} : { section: chunk.section }),
    });
  });
  const versions = [...byDocument].map(([documentId, chunks]) => ({ tenantId, documentId, version: VERSION, chunks }));
  return { versions, chunkCount: texts.length, embedMs };
}
