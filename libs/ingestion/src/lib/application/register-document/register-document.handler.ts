import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { AppError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { findLatestVersion, insertVersion } from '../../infrastructure/postgres/document-version.repository';
import { VersionPreparer } from './prepare-version';
import { versionMessages } from './version-messages';

/**
 * Registers the next version of a document and runs parse and chunk, handing the chunks to
 * retrieval with `IndexChunks` v2. The slow work runs first with no transaction open; then the
 * version row, the inbox entry and every event commit together, so a crash leaves either a
 * whole registered version or nothing (the redelivery starts over). Content identical to the
 * latest live version is a no-op.
 */
@Injectable()
export class RegisterDocumentHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly preparer: VersionPreparer,
  ) {}

  async handle(envelope: Envelope<RegisterDocumentV1>, delivery: DeliveryContext): Promise<void> {
    const command = envelope.data;
    const tenantId = envelope.tenantid;
    const latest = await findLatestVersion(this.runtime.dataSource.manager, tenantId, command.documentId);
    if (latest && latest.contentSha256 === command.contentSha256 && latest.status !== 'failed') {
      this.runtime.logger.info('identical content already registered; nothing to do', { tenantId, documentId: command.documentId, version: latest.version });
      return;
    }
    const version = (latest?.version ?? 0) + 1;
    const prepared = await this.preparer.prepare(tenantId, command, version, delivery.attempt);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const inserted = await insertVersion(manager, {
        tenantId, documentId: command.documentId, version, title: command.title, mediaType: command.mediaType,
        contentSha256: command.contentSha256, sourceUri: command.source.uri, language: prepared.language, aclTags: command.aclTags,
        status: prepared.failure ? 'failed' : 'indexing', error: prepared.failure && `${prepared.failure.code}: ${prepared.failure.message}`,
        chunksUri: prepared.chunksUri, chunkCount: prepared.chunkCount,
      });
      // Per-document order makes this rare (a rebalance mid-delivery): retry with the next number.
      if (!inserted) throw new AppError('INGESTION.VERSION_TAKEN', `version ${version} of ${command.documentId} was registered concurrently`, { retriable: true });
      await this.runtime.publish(manager, versionMessages(command, version, prepared, causedBy(envelope, this.runtime.source), delivery.attempt));
    });
  }
}
