// Public API of ingestion. Explicit named exports only.
export { ingestionService } from './lib/ingestion.service';
export { buildDocument, decodeText } from './lib/domain/parsing/parsed-document';
export type { DocumentParser, ParsedDocument, ParsedSection } from './lib/domain/parsing/parsed-document';
export { parseMarkdown } from './lib/domain/parsing/markdown-parser';
export { parsePlainText } from './lib/domain/parsing/plain-text-parser';
export { parseHtml } from './lib/domain/parsing/html-parser';
export type { HtmlParseOptions } from './lib/domain/parsing/html-parser';
export { parsePdf } from './lib/infrastructure/parsing/pdf-parser.adapter';
export { parseDocx } from './lib/infrastructure/parsing/docx-parser.adapter';
export { documentParsers } from './lib/infrastructure/parsing/document-parsers';
export { ParserRegistry, UNSUPPORTED_MEDIA_TYPE_CODE } from './lib/domain/parsing/parser-registry';
export type { ParserEntry } from './lib/domain/parsing/parser-registry';
export { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, mediaTypeEssence } from './lib/domain/parsing/media-types';
export {
  CONTENT_MISMATCH_CODE,
  DOCUMENT_TOO_LARGE_CODE,
  EMPTY_DOCUMENT_CODE,
  ENCRYPTED_DOCUMENT_CODE,
  PARSE_FAILED_CODE,
} from './lib/domain/ingestion-errors';
export { checkUpload, DEFAULT_MAX_DOCUMENT_BYTES } from './lib/domain/inspection/upload-check';
export { sniffFormat } from './lib/domain/inspection/magic-bytes';
export type { SniffedFormat } from './lib/domain/inspection/magic-bytes';
export {
  DEFAULT_CHUNK_OVERLAP_TOKENS,
  DEFAULT_MAX_CHUNK_TOKENS,
  INVALID_CHUNKING_OPTIONS_CODE,
  resolveChunkingOptions,
} from './lib/domain/chunking/chunk';
export type { Chunk, ChunkingOptions, ParentChunk } from './lib/domain/chunking/chunk';
export { estimateTokens, tokenSpans } from './lib/domain/chunking/token-estimate';
export type { TokenSpan } from './lib/domain/chunking/token-estimate';
export { chunkByHeadings } from './lib/domain/chunking/heading-aware-chunker';
export { chunkFixedSize } from './lib/domain/chunking/fixed-size-chunker';
export { chunkHierarchically, DEFAULT_PARENT_CHUNK_TOKENS } from './lib/domain/chunking/hierarchical-chunker';
export type { ChunkedDocument, HierarchicalChunkingOptions } from './lib/domain/chunking/hierarchical-chunker';
export { chunkerFor, chunkSections } from './lib/domain/chunking/chunking-strategy';
export type { Chunker } from './lib/domain/chunking/chunking-strategy';
export { CHUNKING_STRATEGIES, DEFAULT_CHUNKING_STRATEGY, resolveChunkingConfig } from './lib/domain/chunking/chunking-config';
export type { ChunkingConfig, ChunkingStrategy } from './lib/domain/chunking/chunking-config';
export { detectLanguage } from './lib/domain/language/detect-language';
export type { DetectedLanguage } from './lib/domain/language/detect-language';
