import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { documentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import type { RollBackDocumentVersionV1 } from '@sagewire/contracts/ingestion/roll-back-document-version.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { lockActiveVersion } from '../../infrastructure/postgres/active-version.repository';
import { deleteChunks } from '../../infrastructure/postgres/chunk.repository';
import { SearchIndex } from '../search-index/search-index';

/**
 * The ingestion saga's compensation: a version that failed part-way loses whatever chunks it
 * left behind, in the database and the shared index, while the version being searched keeps
 * serving. The searched version itself is never rolled back (deletion is its way out).
 */
@Injectable()
export class RollBackVersionHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly index: SearchIndex,
  ) {}

  async handle(envelope: Envelope<RollBackDocumentVersionV1>, delivery: DeliveryContext): Promise<void> {
    const { documentId, version } = envelope.data;
    const tenantId = envelope.tenantid;
    const active = await lockActiveVersion(this.runtime.dataSource.manager, tenantId, documentId);
    if (active?.version !== version) await this.index.removeDocumentVersion(tenantId, documentId, version);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const current = await lockActiveVersion(manager, tenantId, documentId);
      const deleted = current?.version === version ? { count: 0 } : await deleteChunks(manager, tenantId, documentId, version);
      if (current?.version === version) this.runtime.logger.warn('not rolling back the version being searched', { tenantId, documentId, version });
      await this.runtime.publish(manager, [{
        contract: documentIngestionRolledBackV1, context: causedBy(envelope, this.runtime.source),
        data: { documentId, version, deletedChunkCount: deleted.count, ...(current === undefined ? {} : { activeVersion: current.version }) },
      }]);
    });
  }
}
