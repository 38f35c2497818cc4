import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE } from '../../domain/parsing/media-types';
import { ParserRegistry, type ParserEntry } from '../../domain/parsing/parser-registry';
import { TEXT_PARSERS } from '../../domain/parsing/text-parsers';
import { parseDocx } from './docx-parser.adapter';
import { parsePdf } from './pdf-parser.adapter';

/** The parsers backed by third-party libraries, kept here so the domain never imports them. */
export const BINARY_PARSERS: readonly ParserEntry[] = [
  { id: 'pdf@1', mediaTypes: [PDF_MEDIA_TYPE], parse: parsePdf },
  { id: 'docx@1', mediaTypes: [DOCX_MEDIA_TYPE], parse: parseDocx },
];

/** Every parser ingestion has: Markdown, plain text, HTML, PDF and DOCX. */
export function documentParsers(): ParserRegistry {
  return new ParserRegistry([...TEXT_PARSERS, ...BINARY_PARSERS]);
}
