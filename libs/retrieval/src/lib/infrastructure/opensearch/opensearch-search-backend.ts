import { Client } from '@opensearch-project/opensearch';
import { AppError } from '@sagewire/errors';
import { HYBRID_INDEX_DEFAULTS } from '../../domain/index/embedded-hybrid-index';
import type { FusionWeights, SearchHit, SearchQuery } from '../../domain/index/indexed-chunk';
import { fuseByReciprocalRank } from '../../domain/index/reciprocal-rank-fusion';
import { assertValidQuery, selectCandidates, type Deduplicable, type Selected } from '../../domain/index/select-hits';
import type { Scored } from '../../domain/index/top-k';
import type { DocumentVersionChunks, SearchBackend } from '../../domain/search/search-backend.port';
import { chunkIndexNames, type ChunkIndexNames } from './chunk-index-layout';
import { chunkDocumentId, fromChunkDocument, toChunkDocument, type ChunkDocument } from './chunk-document';
import { ensureChunkIndex } from './chunk-index-manager';
import { cosineFromScore, HIT_SOURCE, lexicalQuery, vectorQuery } from './chunk-queries';
import { reasonOf, toOpenSearchError, OPENSEARCH_REJECTED_CODE, OPENSEARCH_UNAVAILABLE_CODE } from './opensearch-errors';
import { deleteMatching } from './delete-matching';
import { deleteVersions, type VersionToKeep } from './delete-versions';

export interface OpenSearchBackendOptions {
  /** e.g. `http://127.0.0.1:19200`. */
  node: string;
  /** Names the alias, template and indices: one prefix per deployment (or test run). */
  indexPrefix: string;
  /** Vector length of the embedding model. */
  dimensions: number;
  rrfK?: number;
  weights?: FusionWeights;
  candidatesPerList?: number;
  minVectorSimilarity?: number;
  requestTimeoutMs?: number;
}

interface Hit {
  _id: string;
  _score: number;
  fields?: { duplicate_key?: string[] };
}
const MAX_RANKING_ATTEMPTS = 3;

/** A ranked document id and its duplicate key, before its chunk is read. */
interface RankedId extends Deduplicable {
  readonly id: string;
}
interface MsearchItem {
  hits?: { hits: Hit[] };
  error?: unknown;
  status?: number;
}

/**
 * Chunks in OpenSearch: BM25 and Lucene HNSW k-NN run in one `_msearch` round trip and are
 * fused here by the same weighted reciprocal rank fusion as the embedded index, so both
 * backends rank alike. Only each document's active version is in the index: a replacement
 * writes the new version and deletes the others before one refresh exposes both changes.
 */
export class OpenSearchSearchBackend implements SearchBackend {
  readonly kind = 'opensearch' as const;
  private readonly client: Client;
  private readonly names: ChunkIndexNames;
  private readonly settings: Required<Pick<OpenSearchBackendOptions, 'rrfK' | 'weights' | 'candidatesPerList' | 'minVectorSimilarity'>>;

  constructor(private readonly options: OpenSearchBackendOptions) {
    this.client = new Client({ node: options.node, requestTimeout: options.requestTimeoutMs ?? 10_000, maxRetries: 2 });
    this.names = chunkIndexNames(options.indexPrefix, options.dimensions);
    this.settings = {
      rrfK: options.rrfK ?? HYBRID_INDEX_DEFAULTS.rrfK,
      weights: options.weights ?? HYBRID_INDEX_DEFAULTS.weights,
      candidatesPerList: options.candidatesPerList ?? HYBRID_INDEX_DEFAULTS.candidatesPerList,
      minVectorSimilarity: options.minVectorSimilarity ?? HYBRID_INDEX_DEFAULTS.minVectorSimilarity,
    };
  }

  /** The alias queries and writes go through. */
  get alias(): string {
    return this.names.alias;
  }

  start(): Promise<void> {
    return ensureChunkIndex(this.client, this.names, this.options.dimensions);
  }

  async replaceDocuments(versions: readonly DocumentVersionChunks[]): Promise<void> {
    if (versions.length === 0) return;
    const operations: object[] = [];
    for (const { tenantId, documentId, version, chunks } of versions) {
      for (const chunk of chunks) {
        if (chunk.tenantId !== tenantId || chunk.documentId !== documentId || chunk.documentVersion !== version) {
          throw new AppError('RETRIEVAL.INVALID_CHUNK', `Chunk "${chunk.chunkId}" does not belong to ${documentId} v${version} of its tenant.`);
        }
        if (chunk.vector && chunk.vector.length !== this.options.dimensions) {
          throw new AppError('RETRIEVAL.VECTOR_DIMENSION_MISMATCH', `A vector has ${chunk.vector.length} dimensions but this index holds ${this.options.dimensions}-dimensional vectors.`);
        }
        operations.push({ index: { _index: this.names.alias, _id: chunkDocumentId(tenantId, chunk.chunkId) } }, toChunkDocument(chunk));
      }
    }
    // Unrefreshed writes are invisible, so the new version and the deletion of the others
    // become visible together at the refresh below.
    if (operations.length > 0) await this.bulk(operations);
    const keep: VersionToKeep[] = versions.map(({ tenantId, documentId, version }) => ({ tenantId, documentId, version }));
    await this.call('delete old versions', () => deleteVersions(this.client, this.names.alias, keep));
    await this.refresh();
  }

  async removeDocument(tenantId: string, documentId: string): Promise<number> {
    return this.deleteWhere('delete document', [{ term: { tenant_id: tenantId } }, { term: { document_id: documentId } }]);
  }

  async removeDocumentVersion(tenantId: string, documentId: string, version: number): Promise<number> {
    return this.deleteWhere('delete version', [{ term: { tenant_id: tenantId } }, { term: { document_id: documentId } }, { term: { version } }]);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    assertValidQuery(query);
    // A version switch between the ranking and the fetch leaves a chosen chunk missing: rank
    // again, against the new state, rather than answer with a hole (rare: a refresh must land
    // in the millisecond between the two requests).
    for (let attempt = 1; ; attempt++) {
      const chosen = await this.rank(query);
      const hits = await this.withChunks(chosen);
      if (hits.length === chosen.length || attempt === MAX_RANKING_ATTEMPTS) return hits;
    }
  }

  /** The first phase: ids, scores and duplicate keys only, fused and cut to `topK`. */
  private async rank(query: SearchQuery): Promise<Selected<RankedId>[]> {
    const mode = query.mode ?? 'hybrid';
    const size = Math.max(this.settings.candidatesPerList, query.topK);
    const searches: Record<string, unknown>[] = [];
    if (mode !== 'vector') searches.push({ index: this.names.alias }, lexicalQuery(query, size));
    if (mode !== 'bm25' && query.queryVector) searches.push({ index: this.names.alias }, vectorQuery(query, query.queryVector, size));
    if (searches.length === 0) return [];
    const response = await this.call('search', () => this.client.msearch({ body: searches }));
    const items = (response.body as { responses: MsearchItem[] }).responses;
    for (const item of items) {
      if (item.error) throw toOpenSearchError('search', { meta: { statusCode: item.status, body: { error: item.error } } });
    }
    const keys = new Map<string, RankedId>();
    const lists = items.map((item) => (item.hits?.hits ?? []).map((hit): Scored => {
      keys.set(hit._id, { id: hit._id, duplicateKey: hit.fields?.duplicate_key?.[0] ?? hit._id });
      return { id: hit._id, score: hit._score };
    }));
    const bm25List = mode === 'vector' ? [] : (lists[0] ?? []);
    const rawVectorList = mode === 'vector' ? (lists[0] ?? []) : (lists[1] ?? []);
    const vectorList = rawVectorList
      .map(({ id, score }) => ({ id, score: cosineFromScore(score) }))
      .filter(({ score }) => score >= this.settings.minVectorSimilarity);
    const fused = fuseByReciprocalRank(bm25List, vectorList, this.settings.rrfK, this.settings.weights);
    return selectCandidates(fused, (id) => keys.get(id), query.topK, query.minScore);
  }

  /** The second phase: only the hits that made the cut are read, in one `mget`. */
  private async withChunks(chosen: readonly Selected<RankedId>[]): Promise<SearchHit[]> {
    if (chosen.length === 0) return [];
    const response = await this.call('fetch hits', () =>
      // Not realtime: read what the ranking saw (the last refresh), not writes still in flight.
      this.client.mget({ index: this.names.alias, body: { ids: chosen.map((c) => c.candidate.id) }, _source_excludes: HIT_SOURCE.excludes, realtime: false }));
    const docs = (response.body as { docs: { _id: string; found?: boolean; _source?: ChunkDocument }[] }).docs;
    const sources = new Map(docs.filter((d) => d.found && d._source).map((d) => [d._id, d._source!]));
    // A chunk deleted between the phases (a version switch) is simply left out.
    return chosen.flatMap(({ candidate, ranking }) => {
      const source = sources.get(candidate.id);
      return source ? [{ chunk: fromChunkDocument(source), ...ranking }] : [];
    });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /**
   * Deletes everything this backend's prefix names (every versioned index, so the alias too, and
   * the template): for test runs and benchmarks that own their prefix, never for a deployment.
   */
  async destroy(): Promise<void> {
    await this.call('destroy', async () => {
      // Deletion by wildcard is refused (action.destructive_requires_name): list, then name each one.
      const found = await this.client.indices.get({ index: this.names.pattern, expand_wildcards: 'all' });
      const indices = Object.keys(found.body as object);
      if (indices.length > 0) await this.client.indices.delete({ index: indices.join(',') });
      await this.client.indices.deleteIndexTemplate({ name: this.names.template }).catch((error: unknown) => {
        if ((error as { meta?: { statusCode?: number } }).meta?.statusCode !== 404) throw error;
      });
    });
  }

  private async bulk(operations: object[]): Promise<void> {
    const response = await this.call('bulk write', () => this.client.bulk({ body: operations as Record<string, unknown>[] }));
    const body = response.body as { errors: boolean; items: Record<string, { status: number; error?: unknown }>[] };
    if (!body.errors) return;
    const failed = body.items.map((item) => Object.values(item)[0]!).find((result) => result.error !== undefined)!;
    const retriable = failed.status === 429 || failed.status >= 500;
    throw new AppError(retriable ? OPENSEARCH_UNAVAILABLE_CODE : OPENSEARCH_REJECTED_CODE,
      `OpenSearch refused a chunk (HTTP ${failed.status}): ${reasonOf({ error: failed.error }) ?? 'unknown reason'}`, { retriable });
  }

  private async deleteWhere(operation: string, filter: Record<string, unknown>[]): Promise<number> {
    const deleted = await this.call(operation, () => deleteMatching(this.client, this.names.alias, { bool: { filter } }));
    await this.refresh();
    return deleted;
  }

  private async refresh(): Promise<void> {
    await this.call('refresh', () => this.client.indices.refresh({ index: this.names.alias }));
  }

  private async call<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toOpenSearchError(operation, error);
    }
  }
}
