import { parseHtml } from './html-parser';
import { parseMarkdown } from './markdown-parser';
import { HTML_MEDIA_TYPES, MARKDOWN_MEDIA_TYPES, PLAIN_TEXT_MEDIA_TYPE } from './media-types';
import type { ParserEntry } from './parser-registry';
import { parsePlainText } from './plain-text-parser';

/** The parsers written in the domain itself: text formats need no third-party library. */
export const TEXT_PARSERS: readonly ParserEntry[] = [
  { id: 'markdown@1', mediaTypes: MARKDOWN_MEDIA_TYPES, parse: parseMarkdown },
  { id: 'plain-text@1', mediaTypes: [PLAIN_TEXT_MEDIA_TYPE], parse: parsePlainText },
  { id: 'html@2', mediaTypes: HTML_MEDIA_TYPES, parse: (bytes) => parseHtml(bytes) },
];
