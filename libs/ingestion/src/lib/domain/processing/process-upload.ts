import type { ChunksArtifactV1 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { AppError } from '@sagewire/errors';
import { type Chunk, type ChunkingOptions } from '../chunking/chunk';
import { chunkByHeadings } from '../chunking/heading-aware-chunker';
import { detectLanguage } from '../language/detect-language';
import type { ParsedDocument } from '../parsing/parsed-document';
import { parserFor } from '../parsing/parser-registry';

/** A parser threw on this upload: the same bytes would fail again, so it is not retriable. */
export const PARSE_FAILED_CODE = 'INGESTION.PARSE_FAILED';
/** The upload has no text to retrieve: indexing it would only hide the previous version. */
export const EMPTY_DOCUMENT_CODE = 'INGESTION.EMPTY_DOCUMENT';

/** Parser name and version, as `DocumentParsed.parser` carries it. */
const PARSER_IDS: Readonly<Record<string, string>> = {
  'text/markdown': 'markdown@1',
  'text/x-markdown': 'markdown@1',
  'text/plain': 'plain-text@1',
  'text/html': 'html@1',
  'application/xhtml+xml': 'html@1',
};

export interface ParsedUpload {
  readonly document: ParsedDocument;
  readonly parser: string;
  /** Undefined when the detector is unsure; the declared language wins anyway. */
  readonly detectedLanguage: string | undefined;
}

/**
 * Parses an upload by media type.
 * @throws AppError `INGESTION.UNSUPPORTED_MEDIA_TYPE` or `INGESTION.PARSE_FAILED`, both not retriable.
 */
export function parseUpload(bytes: Buffer, mediaType: string): ParsedUpload {
  const parse = parserFor(mediaType);
  let document: ParsedDocument;
  try {
    document = parse(bytes);
  } catch (error) {
    throw new AppError(PARSE_FAILED_CODE, `The ${mediaType} file could not be parsed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  const text = document.sections.map((section) => section.text).join('\n\n');
  return { document, parser: PARSER_IDS[essence] ?? essence, detectedLanguage: detectLanguage(text) };
}

/**
 * Heading-aware chunks of a parsed upload.
 * @throws AppError `INGESTION.EMPTY_DOCUMENT` (not retriable) when there is no text at all.
 */
export function chunkUpload(parsed: ParsedUpload, options: ChunkingOptions): Chunk[] {
  const chunks = chunkByHeadings(parsed.document.sections, options).filter((chunk) => chunk.text.trim().length > 0);
  if (chunks.length === 0) throw new AppError(EMPTY_DOCUMENT_CODE, 'The document contains no text to index.');
  // Re-number after dropping blank chunks: indexes must stay gap-free (chunk ids derive from them).
  return chunks.map((chunk, index) => ({ ...chunk, index }));
}

export interface ArtifactHeader {
  readonly documentId: string;
  readonly version: number;
  readonly title: string;
  readonly language: string | undefined;
  readonly aclTags: readonly string[];
}

/** The chunks artifact retrieval reads back (`IndexChunks` v2 `chunksUri`). */
export function buildChunksArtifact(header: ArtifactHeader, chunks: readonly Chunk[]): ChunksArtifactV1 {
  return {
    documentId: header.documentId,
    version: header.version,
    title: header.title,
    ...(header.language === undefined ? {} : { language: header.language }),
    aclTags: [...header.aclTags],
    chunks: chunks.map((chunk) => ({
      index: chunk.index,
      ...(chunk.section === undefined ? {} : { section: chunk.section }),
      text: chunk.text,
      tokenCount: chunk.tokenCount,
    })),
  };
}
