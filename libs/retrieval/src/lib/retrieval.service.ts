import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ActivateVersionHandler } from './application/activate-version/activate-version.handler';
import { DeleteDocumentHandler } from './application/delete-document/delete-document.handler';
import { IndexChunksHandler } from './application/index-chunks/index-chunks.handler';
import { IndexProjection } from './application/index-projection/index-projection';
import { IndexProjectionLifecycle } from './application/index-projection/index-projection.lifecycle';
import { RetrieveDocumentsHandler } from './application/retrieve-documents/retrieve-documents.handler';
import { RollBackVersionHandler } from './application/roll-back-version/roll-back-version.handler';
import { RERANK_STAGE, SearchIndex, SHARED_SEARCH_BACKEND } from './application/search-index/search-index';
import { PostgresEmbeddingCacheStore } from './infrastructure/embedding/cache/postgres-embedding-cache.adapter';
import { createEmbeddingModels } from './infrastructure/embedding/create-embedding-model';
import { embeddingConfigFrom } from './infrastructure/embedding/embedding.config';
import { OpenSearchSearchBackend } from './infrastructure/opensearch/opensearch-search-backend';
import { EmbeddingCache1764100000000 } from './infrastructure/postgres/embedding-cache.migration';
import { rerankStageFrom } from './infrastructure/rerank/rerank.config';
import { RetrievalChunkContext1764300000000 } from './infrastructure/postgres/chunk-context.migration';
import { RetrievalTables1763900000000 } from './infrastructure/postgres/retrieval-tables.migration';
import { RETRIEVAL_INDEX_CONTRACTS, RETRIEVAL_INDEX_EVENTS, RetrievalIndexConsumer } from './interface/events/retrieval-index.consumer';
import { RETRIEVAL_EVENTS, RETRIEVAL_INPUT_CONTRACTS, RetrievalConsumer } from './interface/events/retrieval.consumer';
import { EMBEDDING_MODEL, QUERY_EMBEDDING_MODEL, RETRIEVAL_CONFIG, retrievalConfigFrom, type RetrievalConfig } from './retrieval.config';

@Module({})
export class RetrievalModule {}

/**
 * The retrieval service: embeds and stores chunks (`IndexChunks` v2), activates, rolls back and
 * deletes versions, and answers `RetrieveDocuments` from the configured backend: OpenSearch,
 * shared by all replicas, or an in-memory hybrid index that every replica rebuilds from the
 * database and keeps current through its own `retrieval-index` group.
 */
export const retrievalService: ServiceDefinition = {
  name: 'retrieval',
  schema: 'retrieval',
  migrations: [RetrievalTables1763900000000, EmbeddingCache1764100000000, RetrievalChunkContext1764300000000],
  consumers: [
    { transportId: RETRIEVAL_EVENTS, groupId: 'retrieval', contracts: RETRIEVAL_INPUT_CONTRACTS },
    { transportId: RETRIEVAL_INDEX_EVENTS, groupId: 'retrieval-index', contracts: RETRIEVAL_INDEX_CONTRACTS, perInstance: true },
  ],
  module: (runtime, env): DynamicModule => {
    const config = retrievalConfigFrom(env);
    // The pool's own query, never a transaction's: cache reads and writes commit on their own.
    const cacheStore = new PostgresEmbeddingCacheStore((sql, parameters) => runtime.dataSource.query(sql, [...parameters]));
    const models = createEmbeddingModels(embeddingConfigFrom(env), cacheStore);
    return {
      module: RetrievalModule,
      controllers: [RetrievalConsumer, RetrievalIndexConsumer],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: RETRIEVAL_CONFIG, useValue: config },
        { provide: EMBEDDING_MODEL, useValue: models.documents },
        { provide: QUERY_EMBEDDING_MODEL, useValue: models.queries },
        { provide: RERANK_STAGE, useValue: rerankStageFrom(env) },
        // Created and set up before any consumer starts: a node that cannot be reached stops the process.
        { provide: SHARED_SEARCH_BACKEND, useFactory: () => startSharedBackend(config, models.documents.dimensions) },
        SearchIndex,
        RollBackVersionHandler,
        DeleteDocumentHandler,
        IndexProjection,
        IndexProjectionLifecycle,
        IndexChunksHandler,
        ActivateVersionHandler,
        RetrieveDocumentsHandler,
      ],
    };
  },
};

/** OpenSearch when configured, its index and alias ensured; `null` for the embedded backend. */
async function startSharedBackend(config: RetrievalConfig, dimensions: number): Promise<OpenSearchSearchBackend | null> {
  if (!config.openSearch) return null;
  const backend = new OpenSearchSearchBackend({
    node: config.openSearch.url, indexPrefix: config.openSearch.indexPrefix, dimensions, weights: config.weights,
  });
  await backend.start();
  return backend;
}
