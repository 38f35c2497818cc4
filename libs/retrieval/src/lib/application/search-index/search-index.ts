import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import { describeError } from '@sagewire/errors';
import { RetrievalCache } from '../../domain/cache/retrieval-cache';
import { rerankHits } from '../../domain/rerank/rerank-hits';
import type { EmbeddingModel } from '../../domain/embedding/embedding-model.port';
import type { SearchHit, SearchQuery } from '../../domain/index/indexed-chunk';
import type { SearchBackend } from '../../domain/search/search-backend.port';
import { readKnowledgeBaseVersions } from '../../infrastructure/postgres/active-version.repository';
import { loadChunks } from '../../infrastructure/postgres/chunk.repository';
import type { RerankStage } from '../../infrastructure/rerank/rerank.config';
import { EMBEDDING_MODEL, RETRIEVAL_CONFIG, type RetrievalConfig } from '../../retrieval.config';
import { IndexProjection } from '../index-projection/index-projection';

/** The shared search backend (OpenSearch), or `null` when each replica searches its own projection. */
export const SHARED_SEARCH_BACKEND = Symbol('shared-search-backend');
/** The optional re-ranking stage (`RerankStage`), or `null`. */
export const RERANK_STAGE = Symbol('rerank-stage');

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
    @Inject(RERANK_STAGE) private readonly rerank: RerankStage | null,
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
    const hits = await this.searchInStages(query);
    this.cache.set(key, hits);
    return { hits, knowledgeBaseVersion, cached: false };
  }

  /**
   * The backend's hybrid ranking, then the re-ranker's judgement of its top candidates when one
   * is configured. A re-ranker that fails costs quality, not the answer: the first stage's
   * order stands.
   */
  private async searchInStages(query: SearchQuery): Promise<SearchHit[]> {
    const first = (q: SearchQuery): Promise<SearchHit[]> => (this.shared ? this.shared.search(q) : Promise.resolve(this.projection.search(q)));
    if (!this.rerank) return first(query);
    const candidates = await first({ ...query, topK: Math.max(query.topK, this.rerank.candidates) });
    try {
      return await rerankHits(this.rerank.reranker, query.queryText, candidates, query.topK);
    } catch (error) {
      this.runtime.logger.warn('re-ranking failed; keeping the first-stage order', { tenantId: query.tenantId, reranker: this.rerank.reranker.id, ...describeError(error) });
      return candidates.slice(0, query.topK);
    }
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
