import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { activateDocumentVersionV1, type ActivateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { deleteDocumentV1, type DeleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { indexChunksV2, type IndexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { rollBackDocumentVersionV1, type RollBackDocumentVersionV1 } from '@sagewire/contracts/ingestion/roll-back-document-version.v1';
import { retrieveDocumentsV1, type RetrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { ActivateVersionHandler } from '../../application/activate-version/activate-version.handler';
import { DeleteDocumentHandler } from '../../application/delete-document/delete-document.handler';
import { IndexChunksHandler } from '../../application/index-chunks/index-chunks.handler';
import { RetrieveDocumentsHandler } from '../../application/retrieve-documents/retrieve-documents.handler';
import { RollBackVersionHandler } from '../../application/roll-back-version/roll-back-version.handler';

/** Binds these handlers to the shared `retrieval` group: replicas split the commands. */
export const RETRIEVAL_EVENTS = Symbol('retrieval-events');

/** Every contract the `retrieval` group consumes. */
export const RETRIEVAL_INPUT_CONTRACTS = [indexChunksV2, activateDocumentVersionV1, rollBackDocumentVersionV1, deleteDocumentV1, retrieveDocumentsV1] as const;

/** Retrieval's commands; each method hands over to one use case. */
@Controller()
export class RetrievalConsumer {
  constructor(
    private readonly indexChunks: IndexChunksHandler,
    private readonly activateVersion: ActivateVersionHandler,
    private readonly retrieveDocuments: RetrieveDocumentsHandler,
    private readonly rollBack: RollBackVersionHandler,
    private readonly deleteDocument: DeleteDocumentHandler,
  ) {}

  @OnEvent(rollBackDocumentVersionV1, RETRIEVAL_EVENTS)
  onRollBackDocumentVersion(@Payload() envelope: Envelope<RollBackDocumentVersionV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.rollBack.handle(envelope, delivery);
  }

  @OnEvent(deleteDocumentV1, RETRIEVAL_EVENTS)
  onDeleteDocument(@Payload() envelope: Envelope<DeleteDocumentV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.deleteDocument.handle(envelope, delivery);
  }

  @OnEvent(indexChunksV2, RETRIEVAL_EVENTS)
  onIndexChunks(@Payload() envelope: Envelope<IndexChunksV2>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.indexChunks.handle(envelope, delivery);
  }

  @OnEvent(activateDocumentVersionV1, RETRIEVAL_EVENTS)
  onActivateDocumentVersion(@Payload() envelope: Envelope<ActivateDocumentVersionV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.activateVersion.handle(envelope, delivery);
  }

  @OnEvent(retrieveDocumentsV1, RETRIEVAL_EVENTS)
  onRetrieveDocuments(@Payload() envelope: Envelope<RetrieveDocumentsV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.retrieveDocuments.handle(envelope, delivery);
  }
}
