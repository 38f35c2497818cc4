// Public API of ingestion. Explicit named exports only.
export { ingestionService } from './lib/ingestion.service';
export { buildDocument, decodeText } from './lib/domain/parsing/parsed-document';
export type { DocumentParser, ParsedDocument, ParsedSection } from './lib/domain/parsing/parsed-document';
export { parseMarkdown } from './lib/domain/parsing/markdown-parser';
export { parsePlainText } from './lib/domain/parsing/plain-text-parser';
export { parseHtml } from './lib/domain/parsing/html-parser';
export {
  SUPPORTED_MEDIA_TYPES,
  UNSUPPORTED_MEDIA_TYPE_CODE,
  isSupportedMediaType,
  parserFor,
} from './lib/domain/parsing/parser-registry';
export {
  DEFAULT_CHUNK_OVERLAP_TOKENS,
  DEFAULT_MAX_CHUNK_TOKENS,
  INVALID_CHUNKING_OPTIONS_CODE,
  resolveChunkingOptions,
} from './lib/domain/chunking/chunk';
export type { Chunk, ChunkingOptions } from './lib/domain/chunking/chunk';
export { estimateTokens, tokenSpans } from './lib/domain/chunking/token-estimate';
export type { TokenSpan } from './lib/domain/chunking/token-estimate';
export { chunkByHeadings } from './lib/domain/chunking/heading-aware-chunker';
export { chunkFixedSize } from './lib/domain/chunking/fixed-size-chunker';
export { chunkerFor } from './lib/domain/chunking/chunking-strategy';
export type { Chunker, ChunkingStrategy } from './lib/domain/chunking/chunking-strategy';
export { detectLanguage } from './lib/domain/language/detect-language';
export type { DetectedLanguage } from './lib/domain/language/detect-language';
