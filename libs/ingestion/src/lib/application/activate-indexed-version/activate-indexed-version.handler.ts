import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { activateDocumentVersionV1 } from '@sagewire/contracts/ingestion/activate-document-version.v1';
import { rollBackDocumentVersionV1 } from '@sagewire/contracts/ingestion/roll-back-document-version.v1';
import type { DocumentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { findActiveVersion, lockVersion, setStatus } from '../../infrastructure/postgres/document-version.repository';

/** A version in one of these states has no business having chunks in retrieval. */
const ORPHANED = new Set(['deleted', 'failed', 'rolled_back']);

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
      if (stored && ORPHANED.has(stored.status)) {
        // Indexed after it was given up (deleted, failed): its chunks must not stay behind.
        await this.runtime.publish(manager, [{ contract: rollBackDocumentVersionV1, context: causedBy(envelope, this.runtime.source), data: { documentId, version, failedStep: 'index' } }]);
        return;
      }
      if (stored?.status !== 'indexing') return;
      const active = await findActiveVersion(manager, tenantId, documentId);
      if (active !== undefined && active > version) {
        await setStatus(manager, tenantId, documentId, version, 'superseded');
        await this.runtime.publish(manager, [{ contract: rollBackDocumentVersionV1, context: causedBy(envelope, this.runtime.source), data: { documentId, version, failedStep: 'activate' } }]);
        return;
      }
      await setStatus(manager, tenantId, documentId, version, 'indexed');
      await this.runtime.publish(manager, [{ contract: activateDocumentVersionV1, context: causedBy(envelope, this.runtime.source), data: { documentId, version } }]);
    });
  }
}
