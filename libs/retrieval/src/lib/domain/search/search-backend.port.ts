import type { IndexedChunk, SearchHit, SearchQuery } from '../index/indexed-chunk';

/** Where a tenant's searchable chunks live; chosen by `RETRIEVAL_BACKEND`. */
export type SearchBackendKind = 'embedded' | 'opensearch';

/** One document version's complete set of chunks, all of the same tenant and document. */
export interface DocumentVersionChunks {
  readonly tenantId: string;
  readonly documentId: string;
  readonly version: number;
  readonly chunks: readonly IndexedChunk[];
}

/**
 * A search index holding, per document, exactly one version: the active one. Both backends
 * (the in-memory embedded index and OpenSearch) honour the same rules, checked by one shared
 * behaviour suite: the tenant and ACL filters apply inside the search, never after it; a
 * replaced document is seen whole in its old or its new version, never neither.
 */
export interface SearchBackend {
  readonly kind: SearchBackendKind;
  /** Creates what the backend needs (indices, templates, aliases); safe to call again. */
  start(): Promise<void>;
  /**
   * Makes each given version the searched version of its document, dropping every other
   * version's chunks. Batching many documents in one call is much cheaper (one refresh).
   */
  replaceDocuments(versions: readonly DocumentVersionChunks[]): Promise<void>;
  /** Drops every chunk of a document; returns how many went. */
  removeDocument(tenantId: string, documentId: string): Promise<number>;
  /** Drops one version's chunks, searched or not; returns how many went. */
  removeDocumentVersion(tenantId: string, documentId: string, version: number): Promise<number>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Releases connections; the backend is unusable afterwards. */
  close(): Promise<void>;
}
