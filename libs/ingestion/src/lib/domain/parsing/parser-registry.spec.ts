import { describeError } from '@sagewire/errors';
import { parseMarkdown } from './markdown-parser';
import { ParserRegistry, UNSUPPORTED_MEDIA_TYPE_CODE } from './parser-registry';
import { TEXT_PARSERS } from './text-parsers';

describe('ParserRegistry', () => {
  const registry = new ParserRegistry(TEXT_PARSERS);

  it('chooses the parser by media type, ignoring case and parameters', () => {
    expect(registry.entryFor('text/markdown').parse).toBe(parseMarkdown);
    expect(registry.entryFor('Text/HTML; charset=utf-8').id).toBe('html@2');
    expect(registry.entryFor('text/plain').id).toBe('plain-text@1');
    expect(registry.supports('text/plain;charset=utf-8')).toBe(true);
    expect(registry.mediaTypes).toEqual(['text/markdown', 'text/x-markdown', 'text/plain', 'text/html', 'application/xhtml+xml']);
  });

  it('rejects unsupported types with a non-retriable, actionable error', () => {
    let thrown: unknown;
    try {
      registry.entryFor('image/png');
    } catch (error) {
      thrown = error;
    }
    const described = describeError(thrown);
    expect(described.code).toBe(UNSUPPORTED_MEDIA_TYPE_CODE);
    expect(described.retriable).toBe(false);
    expect(described.message).toContain('image/png');
    expect(described.message).toContain('text/markdown');
    expect(registry.supports('image/png')).toBe(false);
  });
});
