import { Inject, Injectable } from '@nestjs/common';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { describeError } from '@sagewire/errors';
import { DEFAULT_RETRY_POLICY } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { buildChunksArtifact, chunkUpload, parseUpload, type ParsedUpload, type UploadParsing } from '../../domain/processing/process-upload';
import { INGESTION_CONFIG, type IngestionConfig } from '../../ingestion.config';
import { documentParsers } from '../../infrastructure/parsing/document-parsers';

/** The ingestion steps this service runs itself, as `DocumentIngestionFailed.failedStep` names them. */
export type LocalStep = 'parse' | 'chunk';

export interface StepFailure {
  readonly step: LocalStep;
  readonly code: string;
  readonly message: string;
  readonly retriable: boolean;
}

/** How far a version got; `failure` is set when a step gave up, `chunksUri` when all succeeded. */
export interface PreparedVersion {
  parsed?: ParsedUpload;
  chunkCount?: number;
  language?: string;
  chunksUri?: string;
  failure?: StepFailure;
}

/** Ends preparation with a recorded failure rather than a retry of the delivery. */
class StepGaveUp extends Error {
  constructor(readonly failure: StepFailure) {
    super(failure.message);
  }
}

/**
 * The slow part of registering a version (read the upload, parse, chunk, write the chunks
 * artifact), run with no transaction open: in embedded mode every service shares one database
 * session. It writes nothing but a content-addressed blob, so running it again is harmless.
 */
@Injectable()
export class VersionPreparer {
  private readonly parsing: UploadParsing;

  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {
    // The parsers are stateless functions (pdfjs loads lazily on the first PDF), so building
    // them here rather than as a provider keeps the module's wiring unchanged.
    this.parsing = { parsers: documentParsers(), maxDocumentBytes: config.maxDocumentBytes };
  }

  async prepare(tenantId: string, command: RegisterDocumentV1, version: number, attempt: number): Promise<PreparedVersion> {
    const result: PreparedVersion = {};
    try {
      const bytes = await this.step('parse', attempt, () => this.runtime.blobs.get(tenantId, command.source.uri));
      const parsed = (result.parsed = await this.step('parse', attempt, () => parseUpload(bytes, command.mediaType, this.parsing)));
      const chunked = await this.step('chunk', attempt, () => chunkUpload(parsed, this.config.chunking));
      result.chunkCount = chunked.chunks.length;
      const language = command.language ?? parsed.detectedLanguage;
      if (language !== undefined) result.language = language;
      const artifact = buildChunksArtifact({ documentId: command.documentId, version, title: command.title, language, aclTags: command.aclTags }, chunked);
      const blob = await this.step('chunk', attempt, () => this.runtime.blobs.put(tenantId, Buffer.from(JSON.stringify(artifact), 'utf8')));
      result.chunksUri = blob.uri;
    } catch (error) {
      if (!(error instanceof StepGaveUp)) throw error;
      result.failure = error.failure;
    }
    return result;
  }

  /**
   * Runs one step. A retriable error is rethrown while the consumer still has attempts left
   * (it retries with backoff); anything else, or the last attempt, becomes a recorded failure.
   */
  private async step<T>(step: LocalStep, attempt: number, work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const { code, retriable, message } = describeError(error);
      if (retriable && attempt < DEFAULT_RETRY_POLICY.maxAttempts) throw error;
      throw new StepGaveUp({ step, code, message: message.slice(0, 2000), retriable });
    }
  }
}
