import { analyzeText } from '../text/analyze-text';
import type { HybridIndexOptions, IndexedChunk, SearchHit, SearchQuery } from './indexed-chunk';
import { assertDimensions, prepareChunk } from './prepare-chunk';
import { fuseByReciprocalRank } from './reciprocal-rank-fusion';
import { SignSketcher } from './sign-sketch';
import { TenantPartition, type ActivationResult } from './tenant-partition';
import { assertValidQuery, selectHits } from './select-hits';
import { selectTop, type Scored } from './top-k';
import { toUnitVector } from './vector-math';

/** Defaults of {@link HybridIndexOptions}, named so callers and docs agree. */
export const HYBRID_INDEX_DEFAULTS = {
  k1: 1.2,
  b: 0.75,
  rrfK: 60,
  weights: { bm25: 1, vector: 1 },
  candidatesPerList: 100,
  minVectorSimilarity: 0.2,
  vectorShortlist: 2_000,
} as const;

type Settings = Required<Omit<HybridIndexOptions, 'dimensions'>>;

/**
 * In-memory hybrid search for the embedded mode: BM25 and cosine similarity, fused by weighted
 * reciprocal rank fusion. Data is partitioned per tenant, so a tenant's query can never score
 * (or pay for) another tenant's chunks. Only each document's active version is searched: index
 * a new version, then {@link setActiveVersion} switches to it at once while the old one served.
 * Sized for ~50k chunks: a query reads its terms' postings and scans the tenant's active vectors.
 */
export class EmbeddedHybridIndex {
  private readonly tenants = new Map<string, TenantPartition>();
  private readonly settings: Settings;
  private dimensions: number | undefined;
  private sketcher: SignSketcher | undefined;

  constructor(options: HybridIndexOptions = {}) {
    const { dimensions, ...tuning } = options;
    this.settings = { ...HYBRID_INDEX_DEFAULTS, ...tuning };
    this.dimensions = dimensions;
  }

  /**
   * Stores chunks (replacing those with the same tenant and chunk id). A chunk of a document's
   * active version becomes searchable at once; others wait for {@link setActiveVersion}. The batch
   * is validated first, so an invalid chunk leaves the index unchanged.
   * @throws AppError `RETRIEVAL.INVALID_CHUNK` or `RETRIEVAL.VECTOR_DIMENSION_MISMATCH`.
   */
  upsert(chunks: readonly IndexedChunk[]): void {
    let dimensions = this.dimensions;
    const prepared = chunks.map((chunk) => {
      const stored = prepareChunk(chunk, dimensions);
      dimensions ??= chunk.vector?.length;
      return stored;
    });
    this.dimensions = dimensions;
    for (const stored of prepared) {
      if (stored.unitVector) stored.sketch = this.sketcherFor(stored.unitVector.length).sketch(stored.unitVector);
      this.partition(stored.chunk.tenantId, true)!.put(stored);
    }
  }

  /** Makes `version` the searched version of a document (a version with no chunks hides the document). */
  setActiveVersion(tenantId: string, documentId: string, version: number): ActivationResult {
    return this.partition(tenantId, true)!.activate(documentId, version);
  }

  /** Deletes one version's chunks; returns how many. Removing the active version hides the document. */
  removeDocumentVersion(tenantId: string, documentId: string, version: number): number {
    return this.cleanUp(tenantId, (partition) => partition.removeVersion(documentId, version));
  }

  /** Deletes every version of a document; returns how many chunks went. */
  removeDocument(tenantId: string, documentId: string): number {
    return this.cleanUp(tenantId, (partition) => partition.removeDocument(documentId));
  }

  /**
   * Ranks the tenant's searchable chunks. Returns nothing when no query term occurs in any
   * permitted chunk and no chunk reaches `minVectorSimilarity`: "no relevant passage" must stay
   * distinguishable from "some passage", so the answer can be "I don't know".
   * @throws AppError `RETRIEVAL.INVALID_QUERY` for a topK that is not a positive whole number.
   */
  search(query: SearchQuery): SearchHit[] {
    assertValidQuery(query);
    const partition = this.partition(query.tenantId, false);
    if (!partition) return [];
    const accept = chunkFilter(partition, query);
    const mode = query.mode ?? 'hybrid';

    const { k1, b, rrfK, weights, candidatesPerList } = this.settings;
    const bm25List = mode === 'vector' ? [] : selectTop(partition.bm25.score(analyzeText(query.queryText), { k1, b }, accept), candidatesPerList);
    const vectorList = query.queryVector && mode !== 'bm25' ? this.vectorCandidates(partition, query.queryVector, accept) : [];

    // The relevance floor: with no lexical match and no vector above the similarity floor,
    // both lists are empty and so is the result.
    const fused = fuseByReciprocalRank(bm25List, vectorList, rrfK, weights);

    return selectHits(fused, (id) => partition.chunks.get(id), query.topK, query.minScore);
  }

  /**
   * Scores the tenant's active vectors: exactly when there are few, else exactly only for the
   * shortlist closest by sketch (the one per-query cost linear in the tenant's size is then a
   * few popcounts per vector instead of a 384-wide dot product).
   */
  private vectorCandidates(partition: TenantPartition, queryVector: readonly number[], accept?: (id: string) => boolean): Scored[] {
    if (this.dimensions !== undefined) assertDimensions(queryVector.length, this.dimensions);
    const query = toUnitVector(queryVector);
    if (!query) return [];
    const { minVectorSimilarity, candidatesPerList, vectorShortlist } = this.settings;
    if (!partition.vectors) return [];
    const useSketches = vectorShortlist > 0 && partition.vectors.size > 2 * vectorShortlist;
    const scored = partition.vectors.scan({
      query, shortlist: vectorShortlist, minSimilarity: minVectorSimilarity,
      ...(useSketches ? { querySketch: this.sketcherFor(query.length).sketch(query) } : {}),
      ...(accept ? { accept } : {}),
    });
    return selectTop(scored, candidatesPerList);
  }

  private sketcherFor(dimensions: number): SignSketcher {
    if (this.sketcher?.dimensions !== dimensions) this.sketcher = new SignSketcher(dimensions);
    return this.sketcher;
  }

  private partition(tenantId: string, create: boolean): TenantPartition | undefined {
    let partition = this.tenants.get(tenantId);
    if (!partition && create) this.tenants.set(tenantId, (partition = new TenantPartition()));
    return partition;
  }

  /** Runs a removal and drops the tenant's partition once it holds nothing. */
  private cleanUp(tenantId: string, remove: (partition: TenantPartition) => number): number {
    const partition = this.tenants.get(tenantId);
    if (!partition) return 0;
    const removed = remove(partition);
    if (partition.isEmpty) this.tenants.delete(tenantId);
    return removed;
  }
}

/**
 * The ACL and metadata restrictions of a query as one predicate over chunk ids, or undefined
 * when nothing is restricted (the fast path: no per-candidate lookup).
 */
function chunkFilter(partition: TenantPartition, query: SearchQuery): ((id: string) => boolean) | undefined {
  const tests: ((chunk: IndexedChunk) => boolean)[] = [];
  if (query.aclTags && query.aclTags.length > 0) {
    const allowed = new Set(query.aclTags);
    tests.push((chunk) => chunk.aclTags.some((tag) => allowed.has(tag)));
  }
  const documents = query.filter?.documentIds && new Set(query.filter.documentIds);
  if (documents) tests.push((chunk) => documents.has(chunk.documentId));
  const languages = query.filter?.languages && new Set(query.filter.languages);
  if (languages) tests.push((chunk) => chunk.language !== undefined && languages.has(chunk.language));
  if (tests.length === 0) return undefined;
  return (id) => {
    const chunk = partition.chunks.get(id)!.chunk;
    return tests.every((test) => test(chunk));
  };
}
