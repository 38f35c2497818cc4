// Public API of retrieval. Explicit named exports only.
export { retrievalService } from './lib/retrieval.service';
export type { EmbeddingModel } from './lib/domain/embedding/embedding-model.port';
export { DEFAULT_LOCAL_EMBEDDING_DIMENSIONS, LocalEmbeddingModel } from './lib/domain/embedding/local-embedding';
export { EmbeddedHybridIndex, HYBRID_INDEX_DEFAULTS } from './lib/domain/index/embedded-hybrid-index';
export type {
  FusionWeights,
  HybridIndexOptions,
  IndexedChunk,
  MetadataFilter,
  SearchHit,
  SearchMode,
  SearchQuery,
} from './lib/domain/index/indexed-chunk';
export type { DocumentVersionChunks, SearchBackend, SearchBackendKind } from './lib/domain/search/search-backend.port';
export { EmbeddedSearchBackend } from './lib/domain/search/embedded-search-backend';
export { OpenSearchSearchBackend, type OpenSearchBackendOptions } from './lib/infrastructure/opensearch/opensearch-search-backend';
export type { ActivationResult } from './lib/domain/index/tenant-partition';
export { INVALID_CHUNK_CODE, VECTOR_DIMENSION_MISMATCH_CODE } from './lib/domain/index/prepare-chunk';
export { toCitations, toPassages } from './lib/domain/citations';
export type { Citation, Passage } from './lib/domain/citations';
export { analyzeText, duplicateKey } from './lib/domain/text/analyze-text';
export { foldText } from './lib/domain/text/fold-text';
