import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { DocumentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import { rollBackDocumentVersionV1 } from '@sagewire/contracts/ingestion/roll-back-document-version.v1';
import type { DocumentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import type { DocumentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { lockVersion, markActive, setStatus } from '../../infrastructure/postgres/document-version.repository';

/** Versions still in flight: a failure reported for any other state changes nothing. */
const IN_FLIGHT = new Set(['indexing', 'indexed']);

/** Follows retrieval's replies into the version's status: the end of the saga, either way. */
@Injectable()
export class TrackVersionStatusHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async activated(envelope: Envelope<DocumentVersionActivatedV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const stored = await lockVersion(manager, envelope.tenantid, documentId, version);
      if (stored) await markActive(manager, envelope.tenantid, documentId, version);
    });
  }

  /**
   * Failures of indexing or activation (published by retrieval) fail the version and roll it
   * back. This service's own parse and chunk failures arrive here too; their version is already
   * `failed` (and has nothing in retrieval), so they change nothing.
   */
  async failed(envelope: Envelope<DocumentIngestionFailedV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version, failedStep, errorCode, message } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const stored = await lockVersion(manager, envelope.tenantid, documentId, version);
      if (!stored || !IN_FLIGHT.has(stored.status)) return;
      await setStatus(manager, envelope.tenantid, documentId, version, 'failed', `${failedStep} failed: ${errorCode}: ${message}`);
      // Compensation: whatever retrieval stored of this version goes; the searched version stays.
      await this.runtime.publish(manager, [{ contract: rollBackDocumentVersionV1, context: causedBy(envelope, this.runtime.source), data: { documentId, version, failedStep } }]);
    });
  }

  /** Retrieval removed a failed version's chunks: the saga for that version is over. */
  async rolledBack(envelope: Envelope<DocumentIngestionRolledBackV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const stored = await lockVersion(manager, envelope.tenantid, documentId, version);
      if (stored?.status === 'failed') await setStatus(manager, envelope.tenantid, documentId, version, 'rolled_back');
    });
  }
}
