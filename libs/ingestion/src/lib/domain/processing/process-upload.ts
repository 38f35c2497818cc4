import type { ChunksArtifactV1 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { describeError } from '@sagewire/errors';
import type { ChunkingConfig } from '../chunking/chunking-config';
import { chunkSections } from '../chunking/chunking-strategy';
import type { ChunkedDocument } from '../chunking/hierarchical-chunker';
import { EMPTY_DOCUMENT_CODE, PARSE_FAILED_CODE, uploadError } from '../ingestion-errors';
import { checkUpload } from '../inspection/upload-check';
import { detectLanguage } from '../language/detect-language';
import type { ParsedDocument } from '../parsing/parsed-document';
import type { ParserRegistry } from '../parsing/parser-registry';

export { EMPTY_DOCUMENT_CODE, PARSE_FAILED_CODE } from '../ingestion-errors';

/** What parsing an upload needs from the process: its parsers and its size limit. */
export interface UploadParsing {
  readonly parsers: ParserRegistry;
  readonly maxDocumentBytes: number;
}

export interface ParsedUpload {
  readonly document: ParsedDocument;
  readonly parser: string;
  /** Undefined when the detector is unsure; the declared language wins anyway. */
  readonly detectedLanguage: string | undefined;
}

/**
 * Checks an upload's bytes against its declared media type, then parses it.
 * @throws AppError `INGESTION.UNSUPPORTED_MEDIA_TYPE`, `EMPTY_DOCUMENT`, `DOCUMENT_TOO_LARGE`,
 *   `CONTENT_MISMATCH`, `ENCRYPTED_DOCUMENT` or `PARSE_FAILED`, none retriable: the same bytes
 *   would fail again.
 */
export async function parseUpload(bytes: Buffer, mediaType: string, parsing: UploadParsing): Promise<ParsedUpload> {
  const entry = parsing.parsers.entryFor(mediaType);
  checkUpload(bytes, mediaType, parsing.maxDocumentBytes);
  let document: ParsedDocument;
  try {
    document = await entry.parse(bytes);
  } catch (error) {
    const described = describeError(error);
    // A parser's own verdict (encrypted, no text layer) already tells the person what to do.
    if (described.code.startsWith('INGESTION.')) throw error;
    throw uploadError(PARSE_FAILED_CODE, `The ${mediaType} file could not be parsed: ${described.message}`, { mediaType }, error);
  }
  const text = document.sections.map((section) => section.text).join('\n\n');
  return { document, parser: entry.id, detectedLanguage: detectLanguage(text) };
}

/**
 * Chunks a parsed upload with the configured strategy.
 * @throws AppError `INGESTION.EMPTY_DOCUMENT` (not retriable) when there is no text at all.
 */
export function chunkUpload(parsed: ParsedUpload, config: ChunkingConfig): ChunkedDocument {
  const { chunks, parents } = chunkSections(parsed.document.sections, config);
  const kept = chunks.filter((chunk) => chunk.text.trim().length > 0);
  if (kept.length === 0) throw uploadError(EMPTY_DOCUMENT_CODE, 'The document contains no text to index. Upload a file with text in it.');
  // Re-number after dropping blank chunks: indexes must stay gap-free (chunk ids derive from them).
  return { chunks: kept.map((chunk, index) => ({ ...chunk, index })), parents };
}

export interface ArtifactHeader {
  readonly documentId: string;
  readonly version: number;
  readonly title: string;
  readonly language: string | undefined;
  readonly aclTags: readonly string[];
}

/** The chunks artifact retrieval reads back (`IndexChunks` v2 `chunksUri`); parents only when there are some. */
export function buildChunksArtifact(header: ArtifactHeader, chunked: ChunkedDocument): ChunksArtifactV1 {
  return {
    documentId: header.documentId,
    version: header.version,
    title: header.title,
    ...(header.language === undefined ? {} : { language: header.language }),
    aclTags: [...header.aclTags],
    chunks: chunked.chunks.map((chunk) => ({
      index: chunk.index,
      ...(chunk.section === undefined ? {} : { section: chunk.section }),
      text: chunk.text,
      tokenCount: chunk.tokenCount,
      ...(chunk.parentIndex === undefined ? {} : { parentIndex: chunk.parentIndex }),
      ...(chunk.page === undefined ? {} : { page: chunk.page }),
    })),
    ...(chunked.parents.length === 0
      ? {}
      : {
          parents: chunked.parents.map((parent) => ({
            index: parent.index,
            ...(parent.section === undefined ? {} : { section: parent.section }),
            text: parent.text,
            tokenCount: parent.tokenCount,
            ...(parent.page === undefined ? {} : { page: parent.page }),
          })),
        }),
  };
}
