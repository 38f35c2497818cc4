import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ActivateIndexedVersionHandler } from './application/activate-indexed-version/activate-indexed-version.handler';
import { VersionPreparer } from './application/register-document/prepare-version';
import { RegisterDocumentHandler } from './application/register-document/register-document.handler';
import { TrackVersionStatusHandler } from './application/track-version-status/track-version-status.handler';
import { INGESTION_CONFIG, ingestionConfigFrom } from './ingestion.config';
import { IngestionDocumentVersions1763900000000 } from './infrastructure/postgres/document-versions.migration';
import { INGESTION_EVENTS, INGESTION_INPUT_CONTRACTS, IngestionConsumer } from './interface/events/ingestion.consumer';

@Module({})
export class IngestionModule {}

/**
 * The ingestion service: registers document versions, parses and chunks them, hands the chunks
 * to retrieval (`IndexChunks` v2) and asks for activation once they are indexed.
 */
export const ingestionService: ServiceDefinition = {
  name: 'ingestion',
  schema: 'ingestion',
  migrations: [IngestionDocumentVersions1763900000000],
  consumers: [{ transportId: INGESTION_EVENTS, groupId: 'ingestion', contracts: INGESTION_INPUT_CONTRACTS }],
  module: (runtime, env): DynamicModule => ({
    module: IngestionModule,
    controllers: [IngestionConsumer],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: INGESTION_CONFIG, useValue: ingestionConfigFrom(env) },
      VersionPreparer,
      RegisterDocumentHandler,
      ActivateIndexedVersionHandler,
      TrackVersionStatusHandler,
    ],
  }),
};
