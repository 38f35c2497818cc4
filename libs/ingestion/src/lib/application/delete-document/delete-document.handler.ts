import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { DeleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { markDocumentDeleted } from '../../infrastructure/postgres/document-version.repository';

/**
 * Ingestion's half of a deletion (retrieval removes the chunks and replies `DocumentDeleted`):
 * every version becomes `deleted`, so a version still being parsed or indexed is never
 * activated; if its chunks land in retrieval after the deletion, they are rolled back when
 * retrieval reports them indexed. Uploading the document again starts a new version.
 */
@Injectable()
export class DeleteDocumentHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<DeleteDocumentV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const versions = await markDocumentDeleted(manager, envelope.tenantid, documentId);
      this.runtime.logger.info('document deleted', { tenantId: envelope.tenantid, documentId, versions });
    });
  }
}
