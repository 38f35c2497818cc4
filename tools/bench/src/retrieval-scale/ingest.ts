import { chunkerFor } from '@sagewire/ingestion';
import type { DocumentVersionChunks, EmbeddingModel, IndexedChunk, SearchBackend } from '@sagewire/retrieval';
import { ProgressBar } from '../progress';
import type { SyntheticDocument } from './synthetic-corpus';

export interface IngestFigures {
  readonly documents: number;
  readonly chunks: number;
  /** Chunking + embedding + `replaceDocuments`, summed over batches (generating the text is not timed). */
  readonly totalMs: number;
  readonly chunkMs: number;
  readonly embedMs: number;
  readonly indexMs: number;
  /** Documents per second of each batch, for the spread. */
  readonly batchDocumentsPerSec: number[];
}

/**
 * Feeds the documents through the pipeline the services run, batch by batch: the ingestion
 * service's default chunker, the embedding of title + section + text, then one
 * `replaceDocuments` call per batch (one refresh per batch on OpenSearch).
 */
export async function ingest(backend: SearchBackend, model: EmbeddingModel, documents: Iterable<SyntheticDocument>, total: number, batchSize: number): Promise<IngestFigures> {
  const chunker = chunkerFor('heading-aware');
  let done = 0;
  const bar = new ProgressBar(`${backend.kind} ingestion`, total, () => done);
  const figures = { documents: 0, chunks: 0, totalMs: 0, chunkMs: 0, embedMs: 0, indexMs: 0, batchDocumentsPerSec: [] as number[] };
  for (const batch of batches(documents, batchSize)) {
    const t0 = performance.now();
    const cut = batch.map((document) => ({ document, chunks: chunker([{ path: [], text: document.text }]) }));
    const t1 = performance.now();
    const inputs = cut.flatMap(({ document, chunks }) => chunks.map((c) => [document.title, c.section ?? '', c.text].join('\n')));
    const vectors = await model.embed(inputs);
    const t2 = performance.now();
    let v = 0;
    const versions: DocumentVersionChunks[] = cut.map(({ document, chunks }) => ({
      tenantId: document.tenantId, documentId: document.documentId, version: 1,
      chunks: chunks.map((chunk): IndexedChunk => ({
        chunkId: `${document.documentId}:v1:${chunk.index}`, tenantId: document.tenantId, documentId: document.documentId, documentVersion: 1,
        chunkIndex: chunk.index, title: document.title, aclTags: [], text: chunk.text, vector: vectors[v++]!,
        ...(chunk.section === undefined ? {} : { section: chunk.section }),
      })),
    }));
    await backend.replaceDocuments(versions);
    const t3 = performance.now();
    figures.documents += batch.length;
    figures.chunks += inputs.length;
    figures.chunkMs += t1 - t0;
    figures.embedMs += t2 - t1;
    figures.indexMs += t3 - t2;
    figures.totalMs += t3 - t0;
    figures.batchDocumentsPerSec.push(batch.length / ((t3 - t0) / 1000));
    done += batch.length;
  }
  bar.finish(`${figures.chunks} chunks`);
  return figures;
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
