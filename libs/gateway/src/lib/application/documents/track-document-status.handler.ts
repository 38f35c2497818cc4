import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { DocumentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { nextDocumentProgress, type StatusEvent } from '../../domain/documents/document-status';
import { findDocument, updateDocumentProgress, upsertUploadedDocument } from '../../infrastructure/postgres/document.repository';

export interface StatusChange extends StatusEvent {
  readonly documentId: string;
  readonly errorMessage?: string;
  /** Set by `DocumentVersionActivated`: the version retrieval now searches. */
  readonly activatedVersion?: number;
}

/** Keeps `GET /v1/documents/{id}` current from the ingestion saga's events, each handled once. */
@Injectable()
export class TrackDocumentStatusHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  /** A document registered by another route (a connector) appears in the list too. */
  async registered(envelope: Envelope<DocumentRegisteredV1>, delivery: DeliveryContext): Promise<void> {
    const event = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const current = await findDocument(manager, envelope.tenantid, event.documentId, true);
      if (current) return this.apply(envelope.tenantid, { documentId: event.documentId, version: event.version, status: 'registered' }, manager);
      await upsertUploadedDocument(manager, {
        documentId: event.documentId, tenantId: envelope.tenantid, title: event.title, mediaType: event.mediaType, contentSha256: event.contentSha256,
        sizeBytes: event.sizeBytes, blobUri: event.source.uri, aclTags: event.aclTags, requestedBy: event.requestedBy,
        ...(event.language ? { language: event.language } : {}),
      }, event.version);
    });
  }

  async changed(envelope: Envelope, delivery: DeliveryContext, change: StatusChange): Promise<void> {
    await this.runtime.handleOnce(envelope, delivery, (manager) => this.apply(envelope.tenantid, change, manager));
  }

  private async apply(tenantId: string, change: StatusChange, manager: EntityManager): Promise<void> {
    const current = await findDocument(manager, tenantId, change.documentId, true);
    if (!current) return;
    const next = nextDocumentProgress(current, change);
    if (!next && change.activatedVersion === undefined) return;
    await updateDocumentProgress(manager, tenantId, change.documentId, {
      version: next?.version ?? current.version,
      status: next?.status ?? current.status,
      errorMessage: next?.status === 'failed' ? change.errorMessage : next ? undefined : (current.errorMessage ?? undefined),
      activeVersion: change.activatedVersion,
    });
  }
}
