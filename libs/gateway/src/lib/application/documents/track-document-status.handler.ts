import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { DocumentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { nextDocumentProgress, type DocumentStatus, type StatusEvent } from '../../domain/documents/document-status';
import { activeVersionOf, applyVersionEvent, type VersionEvent, type VersionState } from '../../domain/documents/document-versions';
import { findDocument, updateDocumentProgress, upsertUploadedDocument, type DocumentRow } from '../../infrastructure/postgres/document.repository';
import { listVersions, saveVersion } from '../../infrastructure/postgres/document-versions.repository';

export interface StatusChange extends StatusEvent {
  readonly documentId: string;
  readonly errorMessage?: string;
  /** What the event means for its version's history; absent for whole-document events. */
  readonly versionEvent?: VersionEvent;
  /** Reported by `DocumentIngestionRolledBack`: the version retrieval still searches. */
  readonly reportedActiveVersion?: number;
}

/**
 * Keeps `GET /v1/documents/{id}` current from the ingestion saga's events, each handled once:
 * the document's status (its latest version's progress) and every version's history. Events
 * of one document serialise on its row lock, so out-of-order ones are merged, never raced.
 */
@Injectable()
export class TrackDocumentStatusHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  /** A document registered by another route (a connector) appears in the list too. */
  async registered(envelope: Envelope<DocumentRegisteredV1>, delivery: DeliveryContext): Promise<void> {
    const event = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const current = await findDocument(manager, envelope.tenantid, event.documentId, true);
      if (!current) {
        await upsertUploadedDocument(manager, {
          documentId: event.documentId, tenantId: envelope.tenantid, title: event.title, mediaType: event.mediaType, contentSha256: event.contentSha256,
          sizeBytes: event.sizeBytes, blobUri: event.source.uri, aclTags: event.aclTags, requestedBy: event.requestedBy,
          ...(event.language ? { language: event.language } : {}),
        }, event.version);
      }
      const { documentId, version } = event;
      await this.apply(envelope, { documentId, version, status: 'registered', versionEvent: { kind: 'progressed', version } }, manager);
    });
  }

  async changed(envelope: Envelope, delivery: DeliveryContext, change: StatusChange): Promise<void> {
    await this.runtime.handleOnce(envelope, delivery, (manager) => this.apply(envelope, change, manager));
  }

  private async apply(envelope: Envelope, change: StatusChange, manager: EntityManager): Promise<void> {
    const tenantId = envelope.tenantid;
    const current = await findDocument(manager, tenantId, change.documentId, true);
    if (!current) return;
    const versions = change.versionEvent ? await this.recordVersion(manager, tenantId, change.documentId, change.versionEvent, new Date(envelope.time)) : undefined;
    const activeVersion = this.activeVersion(current, change, versions);
    const next = nextDocumentProgress(current, change);
    const errorMessage = errorMessageAfter(current, next?.status, change);
    const unchanged = !next && (activeVersion === undefined || activeVersion === current.activeVersion) && errorMessage === (current.errorMessage ?? undefined);
    if (unchanged) return;
    await updateDocumentProgress(manager, tenantId, change.documentId, {
      version: next?.version ?? current.version,
      status: next?.status ?? current.status,
      errorMessage,
      activeVersion,
    });
  }

  /** Saves what the event changes in the version history; returns every version as it is now. */
  private async recordVersion(manager: EntityManager, tenantId: string, documentId: string, event: VersionEvent, at: Date): Promise<VersionState[]> {
    const versions = await listVersions(manager, tenantId, documentId);
    const changes = applyVersionEvent(versions, event);
    for (const state of changes) await saveVersion(manager, tenantId, documentId, state, at);
    const changed = new Map(changes.map((s) => [s.version, s]));
    return [...versions.map((v) => changed.get(v.version) ?? v), ...changes.filter((s) => !versions.some((v) => v.version === s.version))];
  }

  /** Undefined keeps the stored one; a deleted document has none, whatever arrives later. */
  private activeVersion(current: DocumentRow, change: StatusChange, versions: readonly VersionState[] | undefined): number | null | undefined {
    if (change.status === 'deleted') return current.status === 'deleted' ? undefined : null;
    if (current.status === 'deleted' || !versions) return undefined;
    return activeVersionOf(versions) ?? change.reportedActiveVersion;
  }
}

/**
 * A failure shows until the version moves on; a rollback keeps the failure it undid, also when
 * the failure arrives after it.
 */
function errorMessageAfter(current: DocumentRow, next: DocumentStatus | undefined, change: StatusChange): string | undefined {
  const kept = current.errorMessage ?? undefined;
  if (next === undefined) return current.status === 'rolled_back' && change.version === current.version ? kept ?? change.errorMessage : kept;
  if (next === 'deleting' || next === 'deleted') return kept;
  if (next === 'failed') return change.errorMessage;
  if (next === 'rolled_back') return kept ?? change.errorMessage;
  return undefined;
}
