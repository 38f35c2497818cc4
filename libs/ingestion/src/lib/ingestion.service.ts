import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ActivateIndexedVersionHandler } from './application/activate-indexed-version/activate-indexed-version.handler';
import { DeleteDocumentHandler } from './application/delete-document/delete-document.handler';
import { VersionPreparer } from './application/register-document/prepare-version';
import { EnqueueRegistrationHandler } from './application/register-document/enqueue-registration.handler';
import { RegisterDocumentHandler } from './application/register-document/register-document.handler';
import { IngestionScheduler } from './application/schedule-ingestion/ingestion-scheduler';
import { SCHEDULING_CONFIG, schedulingConfigFrom } from './application/schedule-ingestion/scheduling.config';
import { TrackVersionStatusHandler } from './application/track-version-status/track-version-status.handler';
import { INGESTION_CONFIG, ingestionConfigFrom } from './ingestion.config';
import { IngestionDocumentVersions1763900000000 } from './infrastructure/postgres/document-versions.migration';
import { IngestionJobs1764300000001 } from './infrastructure/postgres/ingestion-jobs.migration';
import { IngestionVersionLifecycle1764300000000 } from './infrastructure/postgres/version-lifecycle.migration';
import { INGESTION_EVENTS, INGESTION_INPUT_CONTRACTS, IngestionConsumer } from './interface/events/ingestion.consumer';

@Module({})
export class IngestionModule {}

/**
 * The ingestion service: queues registrations and works through them fairly across tenants
 * (`IngestionScheduler`), registers document versions, parses and chunks them, hands the chunks
 * to retrieval (`IndexChunks` v2) and asks for activation once they are indexed; a version that
 * fails after reaching retrieval is rolled back there, and a deleted document's versions never
 * activate.
 */
export const ingestionService: ServiceDefinition = {
  name: 'ingestion',
  schema: 'ingestion',
  migrations: [IngestionDocumentVersions1763900000000, IngestionVersionLifecycle1764300000000, IngestionJobs1764300000001],
  consumers: [{ transportId: INGESTION_EVENTS, groupId: 'ingestion', contracts: INGESTION_INPUT_CONTRACTS }],
  module: (runtime, env): DynamicModule => ({
    module: IngestionModule,
    controllers: [IngestionConsumer],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: INGESTION_CONFIG, useValue: ingestionConfigFrom(env) },
      { provide: SCHEDULING_CONFIG, useValue: schedulingConfigFrom(env) },
      EnqueueRegistrationHandler,
      IngestionScheduler,
      VersionPreparer,
      RegisterDocumentHandler,
      ActivateIndexedVersionHandler,
      TrackVersionStatusHandler,
      DeleteDocumentHandler,
    ],
  }),
};
