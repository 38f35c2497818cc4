import { Module, type DynamicModule } from '@nestjs/common';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ActivateVersionHandler } from './application/activate-version/activate-version.handler';
import { IndexChunksHandler } from './application/index-chunks/index-chunks.handler';
import { IndexProjection } from './application/index-projection/index-projection';
import { IndexProjectionLifecycle } from './application/index-projection/index-projection.lifecycle';
import { RetrieveDocumentsHandler } from './application/retrieve-documents/retrieve-documents.handler';
import { LocalEmbeddingModel } from './domain/embedding/local-embedding';
import { RetrievalTables1763900000000 } from './infrastructure/postgres/retrieval-tables.migration';
import { RETRIEVAL_INDEX_EVENTS, RetrievalIndexConsumer } from './interface/events/retrieval-index.consumer';
import { RETRIEVAL_EVENTS, RETRIEVAL_INPUT_CONTRACTS, RetrievalConsumer } from './interface/events/retrieval.consumer';
import { EMBEDDING_MODEL, RETRIEVAL_CONFIG, retrievalConfigFrom } from './retrieval.config';

@Module({})
export class RetrievalModule {}

/**
 * The retrieval service: embeds and stores chunks (`IndexChunks` v2), activates versions, and
 * answers `RetrieveDocuments` from an in-memory hybrid index that every replica rebuilds from
 * the database and keeps current through its own `retrieval-index` group.
 */
export const retrievalService: ServiceDefinition = {
  name: 'retrieval',
  schema: 'retrieval',
  migrations: [RetrievalTables1763900000000],
  consumers: [
    { transportId: RETRIEVAL_EVENTS, groupId: 'retrieval', contracts: RETRIEVAL_INPUT_CONTRACTS },
    { transportId: RETRIEVAL_INDEX_EVENTS, groupId: 'retrieval-index', contracts: [documentVersionActivatedV1], perInstance: true },
  ],
  module: (runtime, env): DynamicModule => {
    const config = retrievalConfigFrom(env);
    return {
      module: RetrievalModule,
      controllers: [RetrievalConsumer, RetrievalIndexConsumer],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: RETRIEVAL_CONFIG, useValue: config },
        { provide: EMBEDDING_MODEL, useValue: new LocalEmbeddingModel(config.embeddingDimensions) },
        IndexProjection,
        IndexProjectionLifecycle,
        IndexChunksHandler,
        ActivateVersionHandler,
        RetrieveDocumentsHandler,
      ],
    };
  },
};
