import { AppError } from '@sagewire/errors';
import { parseHtml } from './html-parser';
import { parseMarkdown } from './markdown-parser';
import type { DocumentParser } from './parsed-document';
import { parsePlainText } from './plain-text-parser';

/** Error code for an upload whose format has no parser; retrying the same upload cannot succeed. */
export const UNSUPPORTED_MEDIA_TYPE_CODE = 'INGESTION.UNSUPPORTED_MEDIA_TYPE';

const PARSERS: ReadonlyMap<string, DocumentParser> = new Map([
  ['text/markdown', parseMarkdown],
  ['text/x-markdown', parseMarkdown],
  ['text/plain', parsePlainText],
  ['text/html', parseHtml],
  ['application/xhtml+xml', parseHtml],
]);

/** Media types with a parser (PDF and DOCX are not among them yet). */
export const SUPPORTED_MEDIA_TYPES: readonly string[] = [...PARSERS.keys()];

/** Whether {@link parserFor} accepts this media type; parameters such as `charset` are ignored. */
export function isSupportedMediaType(mediaType: string): boolean {
  return PARSERS.has(essence(mediaType));
}

/**
 * The parser for a media type such as `text/html; charset=utf-8`.
 * @throws AppError `INGESTION.UNSUPPORTED_MEDIA_TYPE` (not retriable) when there is none.
 */
export function parserFor(mediaType: string): DocumentParser {
  const parser = PARSERS.get(essence(mediaType));
  if (parser) return parser;
  throw new AppError(
    UNSUPPORTED_MEDIA_TYPE_CODE,
    `Documents of type "${mediaType}" cannot be ingested yet. Upload Markdown, HTML or plain text (${SUPPORTED_MEDIA_TYPES.join(', ')}) instead.`,
    { retriable: false, details: { mediaType, supported: [...SUPPORTED_MEDIA_TYPES] } },
  );
}

/** The `type/subtype` part of a media type, lower-cased: parameters do not choose the parser. */
function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}
