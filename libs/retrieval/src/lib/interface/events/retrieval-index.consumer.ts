import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { documentDeletedV1, type DocumentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import { documentVersionActivatedV1, type DocumentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { OnEvent } from '@sagewire/messaging';
import { IndexProjection } from '../../application/index-projection/index-projection';

/** Binds this handler to the per-instance `retrieval-index` group: every replica gets every activation. */
export const RETRIEVAL_INDEX_EVENTS = Symbol('retrieval-index-events');

/** What changes which versions are searched: activations and deletions. */
export const RETRIEVAL_INDEX_CONTRACTS = [documentVersionActivatedV1, documentDeletedV1] as const;

/**
 * Keeps this process's in-memory index in step with activations. No inbox: the sync reads the
 * committed state, so a redelivery only repeats a no-op, and the index lives in this process only.
 */
@Controller()
export class RetrievalIndexConsumer {
  constructor(private readonly projection: IndexProjection) {}

  @OnEvent(documentVersionActivatedV1, RETRIEVAL_INDEX_EVENTS)
  onVersionActivated(@Payload() envelope: Envelope<DocumentVersionActivatedV1>): Promise<void> {
    return this.projection.syncTenant(envelope.tenantid);
  }

  @OnEvent(documentDeletedV1, RETRIEVAL_INDEX_EVENTS)
  onDocumentDeleted(@Payload() envelope: Envelope<DocumentDeletedV1>): Promise<void> {
    return this.projection.syncTenant(envelope.tenantid);
  }
}
