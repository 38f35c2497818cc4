import type { EmbeddingModel, SearchBackend } from '@sagewire/retrieval';
import type { CorpusDocument } from '../dataset/eval-dataset';
import { startProgress } from '../progress';
import { prepareBatch } from './chunk-documents';

/** Documents per `replaceDocuments` call: one refresh per batch on OpenSearch. */
export const INDEX_BATCH_DOCUMENTS = 500;

export interface IndexingFigures {
  readonly documents: number;
  readonly chunks: number;
  /** Wall time of the whole phase: chunking, embedding and indexing. */
  readonly totalMs: number;
  /** Of which embedding the chunks. */
  readonly embedMs: number;
  /** Of which `replaceDocuments` calls. */
  readonly indexMs: number;
}

/** Chunks, embeds and indexes the corpus into one tenant, batch after batch. */
export async function indexCorpus(backend: SearchBackend, model: EmbeddingModel, tenantId: string, corpus: readonly CorpusDocument[]): Promise<IndexingFigures> {
  const progress = startProgress('indexing', corpus.length);
  const started = performance.now();
  let chunks = 0;
  let embedMs = 0;
  let indexMs = 0;
  for (let from = 0; from < corpus.length; from += INDEX_BATCH_DOCUMENTS) {
    const documents = corpus.slice(from, from + INDEX_BATCH_DOCUMENTS);
    const batch = await prepareBatch(documents, tenantId, model);
    const indexStarted = performance.now();
    await backend.replaceDocuments(batch.versions);
    indexMs += performance.now() - indexStarted;
    embedMs += batch.embedMs;
    chunks += batch.chunkCount;
    progress.increment(documents.length);
  }
  const totalMs = performance.now() - started;
  progress.finish(`${chunks} chunks in ${(totalMs / 1000).toFixed(1)} s`);
  return { documents: corpus.length, chunks, totalMs, embedMs, indexMs };
}
