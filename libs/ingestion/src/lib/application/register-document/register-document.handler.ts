import { Injectable } from '@nestjs/common';
import { causedBy } from '@sagewire/contracts';
import { AppError } from '@sagewire/errors';
import { ServiceRuntime } from '@sagewire/service-kit';
import { findLatestVersion, insertVersion } from '../../infrastructure/postgres/document-version.repository';
import { completeJob, type IngestionJob } from '../../infrastructure/postgres/job-queue.repository';
import { VersionPreparer } from './prepare-version';
import { versionMessages } from './version-messages';

/** Statuses in which identical content is already served or on its way: anything else is re-ingested. */
const LIVE = new Set(['indexing', 'indexed', 'active']);

/**
 * Registers the next version of a document and runs parse and chunk, handing the chunks to
 * retrieval with `IndexChunks` v2, for one job the scheduler claimed. The slow work runs first
 * with no transaction open; then the version row, every event and the job's completion commit
 * together, so a crash leaves either a whole registered version or nothing (the job's lease
 * expires and it runs again). Content identical to the latest live version is a no-op.
 */
@Injectable()
export class RegisterDocumentHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly preparer: VersionPreparer,
  ) {}

  /** Processes one claimed registration; a retriable error is thrown for the scheduler to retry later. */
  async process(job: IngestionJob): Promise<void> {
    const { envelope, attempt } = job;
    const command = envelope.data;
    const tenantId = envelope.tenantid;
    const latest = await findLatestVersion(this.runtime.dataSource.manager, tenantId, command.documentId);
    if (latest && latest.contentSha256 === command.contentSha256 && LIVE.has(latest.status)) {
      this.runtime.logger.info('identical content already registered; nothing to do', { tenantId, documentId: command.documentId, version: latest.version });
      await this.runtime.transaction((manager) => completeJob(manager, job.id));
      return;
    }
    const version = (latest?.version ?? 0) + 1;
    const prepared = await this.preparer.prepare(tenantId, command, version, attempt);
    await this.runtime.transaction(async (manager) => {
      const inserted = await insertVersion(manager, {
        tenantId, documentId: command.documentId, version, title: command.title, mediaType: command.mediaType,
        contentSha256: command.contentSha256, sourceUri: command.source.uri, language: prepared.language, aclTags: command.aclTags,
        status: prepared.failure ? 'failed' : 'indexing', error: prepared.failure && `${prepared.failure.code}: ${prepared.failure.message}`,
        chunksUri: prepared.chunksUri, chunkCount: prepared.chunkCount,
      });
      // A document's jobs run one at a time, so this means a lease expired mid-run: retry with the next number.
      if (!inserted) throw new AppError('INGESTION.VERSION_TAKEN', `version ${version} of ${command.documentId} was registered concurrently`, { retriable: true });
      await this.runtime.publish(manager, versionMessages(command, version, prepared, causedBy(envelope, this.runtime.source), attempt));
      await completeJob(manager, job.id);
    });
  }
}
