import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { DeleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { documentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { deactivateDocument } from '../../infrastructure/postgres/active-version.repository';
import { deleteChunks } from '../../infrastructure/postgres/chunk.repository';
import { SearchIndex } from '../search-index/search-index';

/**
 * Removes a document from search: every version's chunks, its active version (bumping the
 * tenant's knowledge-base version, so cached results go stale) and, first, its chunks in a
 * shared index. Deleting an unknown or already deleted document reports zero chunks. A version
 * still in flight is rolled back by the ingestion service when it reports being indexed.
 */
@Injectable()
export class DeleteDocumentHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly index: SearchIndex,
  ) {}

  async handle(envelope: Envelope<DeleteDocumentV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, requestedBy } = envelope.data;
    const tenantId = envelope.tenantid;
    await this.index.removeDocument(tenantId, documentId);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await deactivateDocument(manager, tenantId, documentId);
      const deleted = await deleteChunks(manager, tenantId, documentId);
      await this.runtime.publish(manager, [{
        contract: documentDeletedV1, context: causedBy(envelope, this.runtime.source),
        data: { documentId, deletedVersions: deleted.versions, deletedChunkCount: deleted.count, requestedBy },
      }]);
    });
  }
}
