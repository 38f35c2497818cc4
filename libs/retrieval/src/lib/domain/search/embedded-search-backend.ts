import { EmbeddedHybridIndex } from '../index/embedded-hybrid-index';
import type { HybridIndexOptions, SearchHit, SearchQuery } from '../index/indexed-chunk';
import type { DocumentVersionChunks, SearchBackend } from './search-backend.port';

/**
 * The in-memory hybrid index behind the {@link SearchBackend} port: what the embedded mode,
 * the evaluation tool and the benchmarks use when no OpenSearch node is configured. Every
 * operation is synchronous underneath, so a replacement is atomic for searchers.
 */
export class EmbeddedSearchBackend implements SearchBackend {
  readonly kind = 'embedded' as const;
  private readonly index: EmbeddedHybridIndex;

  constructor(options: HybridIndexOptions = {}) {
    this.index = new EmbeddedHybridIndex(options);
  }

  /** Nothing to create: the index lives in this process. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  async replaceDocuments(versions: readonly DocumentVersionChunks[]): Promise<void> {
    for (const { tenantId, documentId, version, chunks } of versions) {
      this.index.upsert(chunks);
      const result = this.index.setActiveVersion(tenantId, documentId, version);
      if (result.previousVersion !== undefined && result.previousVersion !== version) {
        this.index.removeDocumentVersion(tenantId, documentId, result.previousVersion);
      }
    }
  }

  async removeDocument(tenantId: string, documentId: string): Promise<number> {
    return this.index.removeDocument(tenantId, documentId);
  }

  async removeDocumentVersion(tenantId: string, documentId: string, version: number): Promise<number> {
    return this.index.removeDocumentVersion(tenantId, documentId, version);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.index.search(query);
  }

  /** Nothing to release. */
  close(): Promise<void> {
    return Promise.resolve();
  }
}
