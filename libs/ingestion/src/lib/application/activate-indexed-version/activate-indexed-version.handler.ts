import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import type { DocumentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { findActiveVersion, lockVersion, setStatus } from '../../infrastructure/postgres/document-version.repository';

/**
 * Retrieval indexed a version: ask it to make that version the searched one. Only a version
 * still waiting for its index moves on, and never past a newer version that is already
 * active: an old version finishing late is retired instead of replacing the newer one.
 */
@Injectable()
export class ActivateIndexedVersionHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<DocumentIndexedV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version } = envelope.data;
    const tenantId = envelope.tenantid;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const stored = await lockVersion(manager, tenantId, documentId, version);
      if (stored?.status !== 'indexing') return;
      const active = await findActiveVersion(manager, tenantId, documentId);
      if (active !== undefined && active > version) {
        await setStatus(manager, tenantId, documentId, version, 'superseded');
        return;
      }
      await setStatus(manager, tenantId, documentId, version, 'indexed');
      await this.runtime.publish(manager, [{ contract: activateDocumentVersionV1, context: causedBy(envelope, this.runtime.source), data: { documentId, version } }]);
    });
  }
}
