import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { documentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import type { IndexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { describeError } from '@sagewire/errors';
import { DEFAULT_RETRY_POLICY, type DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime, type PendingMessage } from '@sagewire/service-kit';
import type { EmbeddingModel } from '../../domain/embedding/embedding-model.port';
import { upsertChunks, type ChunkRow } from '../../infrastructure/postgres/chunk.repository';
import { EMBEDDING_MODEL, RETRIEVAL_CONFIG, type RetrievalConfig } from '../../retrieval.config';
import { embedWithStats } from '../../infrastructure/embedding/cache/caching-embedding-model';
import { readChunksArtifact } from './read-chunks-artifact';

/**
 * Embeds a version's chunks and stores them, not yet searchable (activation decides that).
 * They go to this service's configured backend whatever the command names: retrieval owns
 * where its index lives, and `DocumentIndexed` reports the real one.
 * Reading the artifact and embedding run with no transaction open; the rows, the inbox entry
 * and the replies then commit together. Chunk ids derive from document, version and position,
 * so indexing the same version again overwrites rather than duplicates.
 */
@Injectable()
export class IndexChunksHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(EMBEDDING_MODEL) private readonly model: EmbeddingModel,
    @Inject(RETRIEVAL_CONFIG) private readonly config: RetrievalConfig,
  ) {}

  async handle(envelope: Envelope<IndexChunksV2>, delivery: DeliveryContext): Promise<void> {
    const command = envelope.data;
    const ref = { documentId: command.documentId, version: command.version };
    const context = causedBy(envelope, this.runtime.source);
    const fail = (failedStep: 'embed' | 'index', error: unknown): Promise<unknown> => {
      const { code, retriable, message } = describeError(error);
      const data = { ...ref, failedStep, errorCode: code, message: message.slice(0, 2000), retriable, attempt: delivery.attempt };
      return this.runtime.handleOnce(envelope, delivery, (manager) => this.runtime.publish(manager, [{ contract: documentIngestionFailedV1, context, data }]));
    };
    let rows: ChunkRow[];
    let cachedCount: number;
    try {
      ({ rows, cachedCount } = await this.embed(envelope.tenantid, command));
    } catch (error) {
      // A retriable error is retried by the consumer while attempts remain; then it is reported.
      if (describeError(error).retriable && delivery.attempt < DEFAULT_RETRY_POLICY.maxAttempts) throw error;
      await fail('embed', error);
      return;
    }
    const replies: PendingMessage[] = [
      { contract: documentEmbeddedV1, context, data: { ...ref, model: this.model.id, dimensions: this.model.dimensions, chunkCount: rows.length, cachedCount } },
      { contract: documentIndexedV1, context, data: { ...ref, backend: this.config.backend, indexName: this.config.indexName, chunkCount: rows.length } },
    ];
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await upsertChunks(manager, rows);
      await this.runtime.publish(manager, replies);
    });
  }

  private async embed(tenantId: string, command: IndexChunksV2): Promise<{ rows: ChunkRow[]; cachedCount: number }> {
    const artifact = await readChunksArtifact(this.runtime.blobs, tenantId, command);
    // Title and section go into the vector as into BM25: a heading often names the topic its text never repeats.
    const { vectors, cachedCount } = await embedWithStats(this.model, artifact.chunks.map((c) => [command.title, c.section ?? '', c.text].join('\n')));
    const parents = new Map((artifact.parents ?? []).map((parent) => [parent.index, parent.text]));
    const rows = artifact.chunks.map((chunk, i): ChunkRow => {
      const parentText = chunk.parentIndex === undefined ? undefined : parents.get(chunk.parentIndex);
      return {
        chunkId: `${command.documentId}:v${command.version}:${chunk.index}`,
        tenantId, documentId: command.documentId, documentVersion: command.version, chunkIndex: chunk.index,
        title: command.title, aclTags: command.aclTags, text: chunk.text, vector: vectors[i]!, embeddingModel: this.model.id,
        // A parent no larger than its child adds no context: not worth storing twice.
        ...(parentText === undefined || parentText.length <= chunk.text.length ? {} : { parentText }),
        ...(chunk.section === undefined ? {} : { section: chunk.section }),
        ...(command.language === undefined ? {} : { language: command.language }),
      };
    });
    return { rows, cachedCount };
  }
}
