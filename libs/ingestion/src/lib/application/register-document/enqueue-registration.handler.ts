import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { enqueueJob } from '../../infrastructure/postgres/job-queue.repository';
import { IngestionScheduler } from '../schedule-ingestion/ingestion-scheduler';

/**
 * Accepts a `RegisterDocument` into the job queue: the job and the inbox row commit together,
 * so a redelivered command queues nothing twice, and the consumer is free at once for the next
 * command (parsing a 200-page PDF happens in a worker, not in the partition's path).
 */
@Injectable()
export class EnqueueRegistrationHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly scheduler: IngestionScheduler,
  ) {}

  async handle(envelope: Envelope<RegisterDocumentV1>, delivery: DeliveryContext): Promise<void> {
    await this.runtime.handleOnce(envelope, delivery, (manager) => enqueueJob(manager, envelope));
    this.scheduler.wake();
  }
}
