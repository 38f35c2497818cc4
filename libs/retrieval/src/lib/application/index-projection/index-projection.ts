import { Inject, Injectable } from '@nestjs/common';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EmbeddingModel } from '../../domain/embedding/embedding-model.port';
import { EmbeddedHybridIndex } from '../../domain/index/embedded-hybrid-index';
import type { SearchHit, SearchQuery } from '../../domain/index/indexed-chunk';
import { readActiveVersions, readKnowledgeBaseVersions } from '../../infrastructure/postgres/active-version.repository';
import { loadChunks } from '../../infrastructure/postgres/chunk.repository';
import { EMBEDDING_MODEL, RETRIEVAL_CONFIG, type RetrievalConfig } from '../../retrieval.config';

/**
 * This process's in-memory hybrid index: a projection of `retrieval.active_versions` and
 * `retrieval.chunks`, holding only active versions. The database is the truth; a sync brings
 * one tenant's index to the database state read at that moment, so applying it again, late or
 * out of order is harmless. Syncs run one at a time, so two never interleave their swaps, and
 * each document switches version in one synchronous step, so a search sees the old version or
 * the new one, never neither.
 */
@Injectable()
export class IndexProjection {
  private readonly index: EmbeddedHybridIndex;
  /** Off when a shared backend (OpenSearch) serves searches: nothing is loaded into memory then. */
  private readonly enabled: boolean;
  /** tenant → document → the version this index searches. */
  private readonly active = new Map<string, Map<string, number>>();
  /** tenant → the knowledge-base version the index reflects (at least). */
  private readonly knowledgeBase = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(EMBEDDING_MODEL) private readonly model: EmbeddingModel,
    @Inject(RETRIEVAL_CONFIG) config: RetrievalConfig,
  ) {
    this.index = new EmbeddedHybridIndex({ weights: config.weights });
    this.enabled = config.backend === 'embedded';
  }

  search(query: SearchQuery): SearchHit[] {
    return this.index.search(query);
  }

  /** The tenant's knowledge-base version as of the last sync; 0 before its first activation. */
  knowledgeBaseVersion(tenantId: string): number {
    return this.knowledgeBase.get(tenantId) ?? 0;
  }

  /** Loads every tenant whose knowledge-base version differs from the index's (all of them at start). */
  reconcile(): Promise<number> {
    if (!this.enabled) return Promise.resolve(0);
    return this.serially(async () => {
      const versions = await readKnowledgeBaseVersions(this.runtime.dataSource.manager);
      let synced = 0;
      for (const [tenantId, version] of versions) {
        if (this.knowledgeBase.get(tenantId) === version) continue;
        await this.syncTenantNow(tenantId);
        synced++;
      }
      return synced;
    });
  }

  /** Brings one tenant's index to the database state (after an activation this process heard of). */
  syncTenant(tenantId: string): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    return this.serially(() => this.syncTenantNow(tenantId));
  }

  private async syncTenantNow(tenantId: string): Promise<void> {
    const manager = this.runtime.dataSource.manager;
    // The counter is read before the versions: the state loaded is at least as new as the counter
    // recorded, so a later activation always shows up as a counter change in reconcile().
    const counter = (await readKnowledgeBaseVersions(manager, tenantId)).get(tenantId) ?? 0;
    const wanted = await readActiveVersions(manager, tenantId);
    const current = this.active.get(tenantId) ?? new Map<string, number>();
    const changed = new Map([...wanted].filter(([documentId, version]) => current.get(documentId) !== version));
    this.index.upsert(await loadChunks(manager, tenantId, changed, this.model.id));
    for (const [documentId, version] of changed) {
      const previous = current.get(documentId);
      this.index.setActiveVersion(tenantId, documentId, version);
      if (previous !== undefined) this.index.removeDocumentVersion(tenantId, documentId, previous);
      current.set(documentId, version);
    }
    for (const documentId of [...current.keys()].filter((id) => !wanted.has(id))) {
      this.index.removeDocument(tenantId, documentId);
      current.delete(documentId);
    }
    this.active.set(tenantId, current);
    this.knowledgeBase.set(tenantId, counter);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
