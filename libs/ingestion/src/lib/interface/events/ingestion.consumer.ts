import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { deleteDocumentV1, type DeleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { documentIndexedV1, type DocumentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionRolledBackV1, type DocumentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import { documentIngestionFailedV1, type DocumentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentVersionActivatedV1, type DocumentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { registerDocumentV1, type RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { ActivateIndexedVersionHandler } from '../../application/activate-indexed-version/activate-indexed-version.handler';
import { DeleteDocumentHandler } from '../../application/delete-document/delete-document.handler';
import { EnqueueRegistrationHandler } from '../../application/register-document/enqueue-registration.handler';
import { IngestionScheduler } from '../../application/schedule-ingestion/ingestion-scheduler';
import { TrackVersionStatusHandler } from '../../application/track-version-status/track-version-status.handler';

/** Binds this service's handlers to its own consumer group (see ingestion.service.ts). */
export const INGESTION_EVENTS = Symbol('ingestion-events');

/** Every contract the `ingestion` group consumes. */
export const INGESTION_INPUT_CONTRACTS = [
  registerDocumentV1, documentIndexedV1, documentVersionActivatedV1, documentIngestionFailedV1, documentIngestionRolledBackV1, deleteDocumentV1,
] as const;

/** The ingestion saga's command and retrieval's replies; each method hands over to one use case. */
@Controller()
export class IngestionConsumer {
  constructor(
    private readonly enqueue: EnqueueRegistrationHandler,
    private readonly activate: ActivateIndexedVersionHandler,
    private readonly track: TrackVersionStatusHandler,
    private readonly deleteDocument: DeleteDocumentHandler,
    private readonly scheduler: IngestionScheduler,
  ) {}

  @OnEvent(documentIngestionRolledBackV1, INGESTION_EVENTS)
  onRolledBack(@Payload() envelope: Envelope<DocumentIngestionRolledBackV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.freeingSlot(this.track.rolledBack(envelope, delivery));
  }

  @OnEvent(deleteDocumentV1, INGESTION_EVENTS)
  onDeleteDocument(@Payload() envelope: Envelope<DeleteDocumentV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.deleteDocument.handle(envelope, delivery);
  }

  @OnEvent(registerDocumentV1, INGESTION_EVENTS)
  onRegisterDocument(@Payload() envelope: Envelope<RegisterDocumentV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.enqueue.handle(envelope, delivery);
  }

  @OnEvent(documentIndexedV1, INGESTION_EVENTS)
  onDocumentIndexed(@Payload() envelope: Envelope<DocumentIndexedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.activate.handle(envelope, delivery);
  }

  @OnEvent(documentVersionActivatedV1, INGESTION_EVENTS)
  onVersionActivated(@Payload() envelope: Envelope<DocumentVersionActivatedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.freeingSlot(this.track.activated(envelope, delivery));
  }

  @OnEvent(documentIngestionFailedV1, INGESTION_EVENTS)
  onIngestionFailed(@Payload() envelope: Envelope<DocumentIngestionFailedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.freeingSlot(this.track.failed(envelope, delivery));
  }

  /** A version left retrieval's hands: its tenant may have room for the next job. */
  private async freeingSlot(handled: Promise<void>): Promise<void> {
    await handled;
    this.scheduler.wake();
  }
}
