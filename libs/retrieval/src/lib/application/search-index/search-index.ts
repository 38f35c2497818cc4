import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import { RetrievalCache } from '../../domain/cache/retrieval-cache';
import type { EmbeddingModel } from '../../domain/embedding/embedding-model.port';
import type { SearchHit, SearchQuery } from '../../domain/index/indexed-chunk';
import type { SearchBackend } from '../../domain/search/search-backend.port';
import { readKnowledgeBaseVersions } from '../../infrastructure/postgres/active-version.repository';
import { loadChunks } from '../../infrastructure/postgres/chunk.repository';
import { EMBEDDING_MODEL, RETRIEVAL_CONFIG, type RetrievalConfig } from '../../retrieval.config';
import { IndexProjection } from '../index-projection/index-projection';

/** The shared search backend (OpenSearch), or `null` when each replica searches its own projection. */
export const SHARED_SEARCH_BACKEND = Symbol('shared-search-backend');

/**
 * The one place handlers search and change the index, whichever backend is configured. With
 * the embedded backend every replica's projection follows the database by itself, so the
 * writes here do nothing; with OpenSearch they write the shared index *before* the database
 * records the change, so a crash in between is repaired by the redelivery repeating both.
 */
@Injectable()
export class SearchIndex implements OnApplicationShutdown {
  private readonly cache: RetrievalCache;
  private readonly lookups: ReturnType<Metrics['counter']>;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly projection: IndexProjection,
    @Inject(SHARED_SEARCH_BACKEND) private readonly shared: SearchBackend | null,
    @Inject(EMBEDDING_MODEL) private readonly model: EmbeddingModel,
    @Inject(RETRIEVAL_CONFIG) config: RetrievalConfig,
    metrics: Metrics,
  ) {
    this.lookups = metrics.counter('sagewire_retrieval_cache_lookups_total', 'Retrieval cache lookups, by result', ['service', 'result']);
    this.cache = new RetrievalCache({ maxEntries: config.cache.entries, ttlMs: config.cache.ttlMs });
  }

  /** Ranked hits and the knowledge-base version they reflect; repeated questions come from the cache. */
  async search(query: SearchQuery): Promise<{ hits: SearchHit[]; knowledgeBaseVersion: number; cached: boolean }> {
    const knowledgeBaseVersion = await this.knowledgeBaseVersion(query.tenantId);
    const key = RetrievalCache.keyOf(query, knowledgeBaseVersion);
    const cached = this.cache.get(key);
    this.lookups.inc({ service: this.runtime.service, result: cached ? 'hit' : 'miss' });
    if (cached) return { hits: cached, knowledgeBaseVersion, cached: true };
    const hits = this.shared ? await this.shared.search(query) : this.projection.search(query);
    this.cache.set(key, hits);
    return { hits, knowledgeBaseVersion, cached: false };
  }

  /** Writes a stored version into the shared index as the document's searched version. */
  async publishVersion(tenantId: string, documentId: string, version: number): Promise<void> {
    if (!this.shared) return;
    const chunks = await loadChunks(this.runtime.dataSource.manager, tenantId, new Map([[documentId, version]]), this.model.id);
    await this.shared.replaceDocuments([{ tenantId, documentId, version, chunks }]);
  }

  async removeDocument(tenantId: string, documentId: string): Promise<void> {
    await this.shared?.removeDocument(tenantId, documentId);
  }

  async removeDocumentVersion(tenantId: string, documentId: string, version: number): Promise<void> {
    await this.shared?.removeDocumentVersion(tenantId, documentId, version);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.shared?.close();
  }

  private async knowledgeBaseVersion(tenantId: string): Promise<number> {
    if (!this.shared) return this.projection.knowledgeBaseVersion(tenantId);
    return (await readKnowledgeBaseVersions(this.runtime.dataSource.manager, tenantId)).get(tenantId) ?? 0;
  }
}
