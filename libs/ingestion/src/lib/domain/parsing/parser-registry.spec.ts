import { describeError } from '@sagewire/errors';
import { parseHtml } from './html-parser';
import { parseMarkdown } from './markdown-parser';
import { isSupportedMediaType, parserFor, UNSUPPORTED_MEDIA_TYPE_CODE } from './parser-registry';
import { parsePlainText } from './plain-text-parser';

describe('parserFor', () => {
  it('chooses the parser by media type, ignoring case and parameters', () => {
    expect(parserFor('text/markdown')).toBe(parseMarkdown);
    expect(parserFor('Text/HTML; charset=utf-8')).toBe(parseHtml);
    expect(parserFor('text/plain')).toBe(parsePlainText);
    expect(isSupportedMediaType('text/plain;charset=utf-8')).toBe(true);
  });

  it('rejects unsupported types with a non-retriable, actionable error', () => {
    let thrown: unknown;
    try {
      parserFor('application/pdf');
    } catch (error) {
      thrown = error;
    }
    const described = describeError(thrown);
    expect(described.code).toBe(UNSUPPORTED_MEDIA_TYPE_CODE);
    expect(described.retriable).toBe(false);
    expect(described.message).toContain('application/pdf');
    expect(described.message).toContain('text/markdown');
    expect(isSupportedMediaType('application/pdf')).toBe(false);
  });
});
