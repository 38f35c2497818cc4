import { nextDocumentProgress } from './document-status';
import { baseMediaType, resolveMediaType } from './media-types';

describe('media types', () => {
  it('takes the declared type when supported, else the extension', () => {
    expect(baseMediaType('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(resolveMediaType('text/html; charset=utf-8', 'a.bin')).toBe('text/html');
    expect(resolveMediaType('application/octet-stream', 'faq.MD')).toBe('text/markdown');
    expect(resolveMediaType(undefined, 'notes.txt')).toBe('text/plain');
    expect(resolveMediaType('application/pdf', 'manual.pdf')).toBeUndefined();
    expect(resolveMediaType(undefined, undefined)).toBeUndefined();
  });
});

describe('nextDocumentProgress', () => {
  const at = (version: number, status: Parameters<typeof nextDocumentProgress>[0]['status']) => ({ version, status });

  it('moves forward through the steps of the latest version', () => {
    expect(nextDocumentProgress(at(1, 'registered'), { version: 1, status: 'parsed' })).toEqual(at(1, 'parsed'));
    expect(nextDocumentProgress(at(1, 'indexed'), { version: 1, status: 'active' })).toEqual(at(1, 'active'));
  });

  it('never moves back and ignores older versions', () => {
    expect(nextDocumentProgress(at(1, 'indexed'), { version: 1, status: 'parsed' })).toBeUndefined();
    expect(nextDocumentProgress(at(2, 'registered'), { version: 1, status: 'active' })).toBeUndefined();
  });

  it('follows the version ingestion assigned', () => {
    expect(nextDocumentProgress(at(1, 'active'), { version: 2, status: 'registered' })).toEqual(at(2, 'registered'));
  });

  it('records failures, lets a retried step recover, and keeps deletion final', () => {
    expect(nextDocumentProgress(at(1, 'chunked'), { version: 1, status: 'failed' })).toEqual(at(1, 'failed'));
    expect(nextDocumentProgress(at(1, 'failed'), { version: 1, status: 'embedded' })).toEqual(at(1, 'embedded'));
    expect(nextDocumentProgress(at(1, 'active'), { version: 1, status: 'failed' })).toBeUndefined();
    expect(nextDocumentProgress(at(1, 'active'), { status: 'deleted' })).toEqual(at(1, 'deleted'));
    expect(nextDocumentProgress(at(1, 'deleted'), { version: 2, status: 'registered' })).toBeUndefined();
  });
});
