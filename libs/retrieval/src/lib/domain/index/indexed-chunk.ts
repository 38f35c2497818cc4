/** A chunk as the index stores it: one version of one document of one tenant. */
export interface IndexedChunk {
  /** Unique within a tenant; upserting an existing id replaces that chunk. */
  readonly chunkId: string;
  readonly tenantId: string;
  readonly documentId: string;
  /** Positive whole number; only the document's active version is searched. */
  readonly documentVersion: number;
  readonly title: string;
  /** Heading trail, e.g. `Billing > Refunds`. */
  readonly section?: string;
  readonly uri?: string;
  /** BCP 47 tag of the chunk text, when known. */
  readonly language?: string;
  /** Access tags: a query with ACL tags sees only chunks sharing at least one. */
  readonly aclTags: readonly string[];
  readonly text: string;
  /** Position of the chunk in its document version, from 0. */
  readonly chunkIndex?: number;
  /**
   * The larger passage this chunk was cut from (hierarchical chunking): the child is matched,
   * the parent is what the model reads, so a precise hit still comes with its context.
   */
  readonly parentText?: string;
  /** Embedding of `text`; every vector in one index must come from the same model. */
  readonly vector?: readonly number[];
}

/** Which ranked lists a search runs: both fused (the default), or one alone (evaluation baselines). */
export type SearchMode = 'hybrid' | 'bm25' | 'vector';

/**
 * Metadata restrictions a caller may add. They are ANDed with the tenant and ACL filters inside
 * the search and can only narrow it: there is no field here that could name another tenant.
 */
export interface MetadataFilter {
  /** Only these documents. */
  readonly documentIds?: readonly string[];
  /** Only chunks in one of these languages (BCP 47 tags as stored). */
  readonly languages?: readonly string[];
}

/** One search request. Tenant and ACL filters apply before any scoring. */
export interface SearchQuery {
  tenantId: string;
  queryText: string;
  /** Embedding of `queryText` by the model that embedded the chunks; without it, search is lexical only. */
  queryVector?: readonly number[];
  topK: number;
  /** When non-empty, only chunks carrying at least one of these tags are candidates. */
  aclTags?: readonly string[];
  /** Hits with a fused score below this are dropped (fused scores are small: at most (w₁ + w₂) / (k + 1)). */
  minScore?: number;
  /** Default `hybrid`. */
  mode?: SearchMode;
  filter?: MetadataFilter;
}

/** A search result; `chunk` is returned without its vector. */
export interface SearchHit {
  chunk: IndexedChunk;
  /** Reciprocal-rank-fusion score: higher is better. */
  score: number;
  /** 1-based rank in the BM25 list, when the chunk matched lexically. */
  bm25Rank?: number;
  /** 1-based rank in the vector list, when its similarity reached the floor. */
  vectorRank?: number;
  /** Cosine similarity to the query vector, when ranked by vector. */
  vectorSimilarity?: number;
}

/** How much each ranked list counts in the fusion. */
export interface FusionWeights {
  bm25: number;
  vector: number;
}

/** Tuning of {@link EmbeddedHybridIndex}; every field has a default. */
export interface HybridIndexOptions {
  /** BM25 term-frequency saturation. Default 1.2. */
  k1?: number;
  /** BM25 length normalisation. Default 0.75. */
  b?: number;
  /** Reciprocal rank fusion constant. Default 60 (Cormack et al., 2009). */
  rrfK?: number;
  weights?: FusionWeights;
  /** How many candidates each list contributes before fusion. Default 100 (SPEC RT-02). */
  candidatesPerList?: number;
  /**
   * Cosine similarity a chunk needs to be a vector candidate at all. Default 0.2, set for
   * {@link LocalEmbeddingModel} whose unrelated texts score below ~0.15; tune it per model.
   */
  minVectorSimilarity?: number;
  /**
   * Vectors re-scored exactly after a first pass over 1-bit sketches (see `SignSketcher`), once
   * a tenant has more than twice as many; below that every vector is scored exactly. Default
   * 2000. 0 always scores every vector exactly.
   */
  vectorShortlist?: number;
  /** Vector length, when known up front; otherwise the first vector upserted fixes it. */
  dimensions?: number;
}
