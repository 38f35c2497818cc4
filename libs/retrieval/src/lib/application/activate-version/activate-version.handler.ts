import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { ActivateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { describeError } from '@sagewire/errors';
import { DEFAULT_RETRY_POLICY, type DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { activateVersion, lockActiveVersion } from '../../infrastructure/postgres/active-version.repository';
import { countChunks, deleteChunksBefore } from '../../infrastructure/postgres/chunk.repository';
import { SearchIndex } from '../search-index/search-index';

/**
 * Switches a document to an indexed version and bumps the tenant's knowledge-base version.
 * A shared index (OpenSearch) is written first, with no transaction open; then the database
 * records the switch and `DocumentVersionActivated` goes through the outbox, so it is
 * published only after this commit. Every embedded replica's index follows on consuming it.
 */
@Injectable()
export class ActivateVersionHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly index: SearchIndex,
  ) {}

  async handle(envelope: Envelope<ActivateDocumentVersionV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version } = envelope.data;
    const tenantId = envelope.tenantid;
    const context = causedBy(envelope, this.runtime.source);
    const fail = (errorCode: string, message: string, retriable: boolean): Promise<unknown> =>
      this.runtime.handleOnce(envelope, delivery, (manager) => this.runtime.publish(manager, [{
        contract: documentIngestionFailedV1, context,
        data: { documentId, version, failedStep: 'activate', errorCode, message: message.slice(0, 2000), retriable, attempt: delivery.attempt },
      }]));

    if ((await countChunks(this.runtime.dataSource.manager, tenantId, documentId, version)) === 0) {
      await fail('RETRIEVAL.VERSION_NOT_INDEXED', `version ${version} of ${documentId} has no indexed chunks`, false);
      return;
    }
    try {
      await this.index.publishVersion(tenantId, documentId, version);
    } catch (error) {
      const { code, retriable, message } = describeError(error);
      if (retriable && delivery.attempt < DEFAULT_RETRY_POLICY.maxAttempts) throw error;
      await fail(code, message, retriable);
      return;
    }
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const current = await lockActiveVersion(manager, tenantId, documentId);
      // Asked again for the version already searched: answer as the first time, change nothing.
      const previousVersion = current?.version === version ? current.previousVersion : current?.version;
      if (current?.version !== version) {
        await activateVersion(manager, tenantId, documentId, version, previousVersion);
        // Older versions are never searched again (replicas drop them from memory on the event).
        await deleteChunksBefore(manager, tenantId, documentId, version);
      }
      await this.runtime.publish(manager, [{
        contract: documentVersionActivatedV1, context,
        data: { documentId, version, ...(previousVersion === undefined ? {} : { previousVersion }) },
      }]);
    });
  }
}
