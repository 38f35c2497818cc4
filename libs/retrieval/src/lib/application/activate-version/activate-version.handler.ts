import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { ActivateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { activateVersion, lockActiveVersion } from '../../infrastructure/postgres/active-version.repository';
import { countChunks } from '../../infrastructure/postgres/chunk.repository';

/**
 * Switches a document to an indexed version in the database and bumps the tenant's
 * knowledge-base version. `DocumentVersionActivated` goes through the outbox, so it is
 * published only after this commit; every process's index follows on consuming it
 * (retrieval-index group), reading the committed state.
 */
@Injectable()
export class ActivateVersionHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<ActivateDocumentVersionV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version } = envelope.data;
    const tenantId = envelope.tenantid;
    const context = causedBy(envelope, this.runtime.source);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      if ((await countChunks(manager, tenantId, documentId, version)) === 0) {
        await this.runtime.publish(manager, [{
          contract: documentIngestionFailedV1, context,
          data: {
            documentId, version, failedStep: 'activate', errorCode: 'RETRIEVAL.VERSION_NOT_INDEXED',
            message: `version ${version} of ${documentId} has no indexed chunks`, retriable: false, attempt: delivery.attempt,
          },
        }]);
        return;
      }
      const current = await lockActiveVersion(manager, tenantId, documentId);
      // Asked again for the version already searched: answer as the first time, change nothing.
      const previousVersion = current?.version === version ? current.previousVersion : current?.version;
      if (current?.version !== version) await activateVersion(manager, tenantId, documentId, version, previousVersion);
      await this.runtime.publish(manager, [{
        contract: documentVersionActivatedV1, context,
        data: { documentId, version, ...(previousVersion === undefined ? {} : { previousVersion }) },
      }]);
    });
  }
}
