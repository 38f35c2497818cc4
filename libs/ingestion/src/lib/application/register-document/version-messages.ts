import type { EnvelopeContext } from '@sagewire/contracts';
import { documentChunkedV1 } from '@sagewire/contracts/ingestion/document-chunked.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentParsedV1 } from '@sagewire/contracts/ingestion/document-parsed.v1';
import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { indexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import type { PendingMessage } from '@sagewire/service-kit';
import type { PreparedVersion } from './prepare-version';

/** The embedded hybrid index is the only backend until OpenSearch arrives. */
const INDEX_BACKEND = 'embedded';
const INDEX_NAME = 'embedded';

/**
 * The saga's events for one registered version, in step order: one event per step that
 * succeeded, then either `IndexChunks` (all succeeded) or `DocumentIngestionFailed`.
 */
export function versionMessages(command: RegisterDocumentV1, version: number, prepared: PreparedVersion, context: EnvelopeContext, attempt: number): PendingMessage[] {
  const ref = { documentId: command.documentId, version };
  const { title, source, mediaType, sizeBytes, contentSha256, language, aclTags, requestedBy } = command;
  const messages: PendingMessage[] = [{
    contract: documentRegisteredV1, context,
    data: { ...ref, title, source, mediaType, sizeBytes, contentSha256, aclTags, requestedBy, ...(language === undefined ? {} : { language }) },
  }];
  const { parsed, chunkCount, chunksUri, failure } = prepared;
  if (parsed) {
    const { characterCount, sections } = parsed.document;
    const detected = parsed.detectedLanguage;
    messages.push({
      contract: documentParsedV1, context,
      data: { ...ref, parser: parsed.parser, characterCount, sectionCount: sections.length, ...(detected === undefined ? {} : { detectedLanguage: detected }) },
    });
  }
  if (chunkCount !== undefined && chunksUri !== undefined) {
    messages.push({ contract: documentChunkedV1, context, data: { ...ref, chunkCount, strategy: 'markdown_headings' } });
    messages.push({
      contract: indexChunksV2, context,
      data: {
        ...ref, backend: INDEX_BACKEND, indexName: INDEX_NAME, chunksUri, chunkCount, title, aclTags,
        ...(prepared.language === undefined ? {} : { language: prepared.language }),
      },
    });
  }
  if (failure) {
    messages.push({
      contract: documentIngestionFailedV1, context,
      data: { ...ref, failedStep: failure.step, errorCode: failure.code, message: failure.message, retriable: failure.retriable, attempt },
    });
  }
  return messages;
}
