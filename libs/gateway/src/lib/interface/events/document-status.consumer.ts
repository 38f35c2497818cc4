import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { documentChunkedV1, type DocumentChunkedV1 } from '@sagewire/contracts/ingestion/document-chunked.v1';
import { documentDeletedV1, type DocumentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import { documentEmbeddedV1, type DocumentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIndexedV1, type DocumentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1, type DocumentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentIngestionRolledBackV1, type DocumentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import { documentParsedV1, type DocumentParsedV1 } from '@sagewire/contracts/ingestion/document-parsed.v1';
import { documentRegisteredV1, type DocumentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { documentVersionActivatedV1, type DocumentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { TrackDocumentStatusHandler } from '../../application/documents/track-document-status.handler';
import type { DocumentStatus } from '../../domain/documents/document-status';
import { GATEWAY_EVENTS } from './transports';

type Delivered<T> = Envelope<T>;

/** The ingestion saga's events, as the status of `GET /v1/documents/{id}`. */
@Controller()
export class DocumentStatusConsumer {
  constructor(private readonly track: TrackDocumentStatusHandler) {}

  @OnEvent(documentRegisteredV1, GATEWAY_EVENTS)
  onRegistered(@Payload() e: Delivered<DocumentRegisteredV1>, @Ctx() d: DeliveryContext): Promise<void> {
    return this.track.registered(e, d);
  }

  @OnEvent(documentParsedV1, GATEWAY_EVENTS)
  onParsed(@Payload() e: Delivered<DocumentParsedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    return this.progressed(e, d, 'parsed');
  }

  @OnEvent(documentChunkedV1, GATEWAY_EVENTS)
  onChunked(@Payload() e: Delivered<DocumentChunkedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    return this.progressed(e, d, 'chunked', e.data.chunkCount);
  }

  @OnEvent(documentEmbeddedV1, GATEWAY_EVENTS)
  onEmbedded(@Payload() e: Delivered<DocumentEmbeddedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    return this.progressed(e, d, 'embedded');
  }

  @OnEvent(documentIndexedV1, GATEWAY_EVENTS)
  onIndexed(@Payload() e: Delivered<DocumentIndexedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    return this.progressed(e, d, 'indexed', e.data.chunkCount);
  }

  @OnEvent(documentVersionActivatedV1, GATEWAY_EVENTS)
  onActivated(@Payload() e: Delivered<DocumentVersionActivatedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    const { documentId, version, previousVersion } = e.data;
    return this.track.changed(e, d, {
      documentId, version, status: 'active',
      versionEvent: { kind: 'activated', version, ...(previousVersion === undefined ? {} : { previousVersion }) },
    });
  }

  @OnEvent(documentIngestionFailedV1, GATEWAY_EVENTS)
  onFailed(@Payload() e: Delivered<DocumentIngestionFailedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    const { documentId, version, failedStep, errorCode, message } = e.data;
    return this.track.changed(e, d, {
      documentId, version, status: 'failed', errorMessage: `${failedStep} failed (${errorCode}): ${message}`,
      versionEvent: { kind: 'failed', version, failure: { step: failedStep, code: errorCode, message } },
    });
  }

  @OnEvent(documentIngestionRolledBackV1, GATEWAY_EVENTS)
  onRolledBack(@Payload() e: Delivered<DocumentIngestionRolledBackV1>, @Ctx() d: DeliveryContext): Promise<void> {
    const { documentId, version, activeVersion } = e.data;
    return this.track.changed(e, d, {
      documentId, version, status: 'rolled_back', versionEvent: { kind: 'rolled_back', version },
      ...(activeVersion === undefined ? {} : { reportedActiveVersion: activeVersion }),
    });
  }

  @OnEvent(documentDeletedV1, GATEWAY_EVENTS)
  onDeleted(@Payload() e: Delivered<DocumentDeletedV1>, @Ctx() d: DeliveryContext): Promise<void> {
    return this.track.changed(e, d, { documentId: e.data.documentId, status: 'deleted' });
  }

  /** A step of the saga succeeded: the version is still on its way. */
  private progressed(e: Envelope<{ documentId: string; version: number }>, d: DeliveryContext, status: DocumentStatus, chunkCount?: number): Promise<void> {
    const { documentId, version } = e.data;
    return this.track.changed(e, d, { documentId, version, status, versionEvent: { kind: 'progressed', version, ...(chunkCount === undefined ? {} : { chunkCount }) } });
  }
}
