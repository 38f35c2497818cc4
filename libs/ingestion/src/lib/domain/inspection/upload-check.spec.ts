import { describeError } from '@sagewire/errors';
import { strToU8, zipSync } from 'fflate';
import { CONTENT_MISMATCH_CODE, DOCUMENT_TOO_LARGE_CODE, EMPTY_DOCUMENT_CODE } from '../ingestion-errors';
import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE } from '../parsing/media-types';
import { checkUpload } from './upload-check';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function verdict(bytes: Buffer, mediaType: string, maxBytes = 1000): { code: string; retriable: boolean; message: string; details?: unknown } {
  try {
    checkUpload(bytes, mediaType, maxBytes);
  } catch (error) {
    return { ...describeError(error), details: (error as { details?: unknown }).details };
  }
  return { code: 'ok', retriable: false, message: '' };
}

describe('checkUpload', () => {
  it('accepts text as text and each binary format as itself', () => {
    expect(verdict(Buffer.from('# Hi\n\nCaf\u00e9 \u2013 ok'), 'text/markdown; charset=utf-8').code).toBe('ok');
    expect(verdict(Buffer.from('%PDF-1.4\n...'), PDF_MEDIA_TYPE).code).toBe('ok');
    expect(verdict(Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') })), DOCX_MEDIA_TYPE).code).toBe('ok');
  });

  it('refuses empty and whitespace-only uploads', () => {
    expect(verdict(Buffer.alloc(0), 'text/plain')).toMatchObject({ code: EMPTY_DOCUMENT_CODE, retriable: false });
    expect(verdict(Buffer.from('\uFEFF \n\t\r\n'), 'text/markdown')).toMatchObject({ code: EMPTY_DOCUMENT_CODE });
    expect(verdict(Buffer.from('   '), PDF_MEDIA_TYPE)).toMatchObject({ code: EMPTY_DOCUMENT_CODE });
  });

  it('refuses an upload over the limit, naming the limit', () => {
    const result = verdict(Buffer.alloc(1001, 0x61), 'text/plain', 1000);
    expect(result).toMatchObject({ code: DOCUMENT_TOO_LARGE_CODE, retriable: false, details: { sizeBytes: 1001, maxBytes: 1000 } });
    expect(result.message).toContain('INGESTION_MAX_DOCUMENT_BYTES');
    expect(verdict(Buffer.alloc(1000, 0x61), 'text/plain', 1000).code).toBe('ok');
  });

  it('names declared and detected types when a binary file is disguised as text', () => {
    const result = verdict(PNG, 'text/markdown');
    expect(result).toMatchObject({ code: CONTENT_MISMATCH_CODE, retriable: false, details: { declaredMediaType: 'text/markdown', detectedMediaType: 'image/png' } });
    expect(result.message).toContain('declared text/markdown but the content is a PNG image');
  });

  it('refuses text with NUL bytes, UTF-16 or mostly invalid UTF-8', () => {
    expect(verdict(Buffer.from('abc\0def'), 'text/plain').message).toContain('NUL');
    expect(verdict(Buffer.from('\uFEFFhello', 'utf16le'), 'text/html').message).toContain('UTF-16');
    expect(verdict(Buffer.from(Array.from({ length: 100 }, (_, i) => 0x80 + (i % 60))), 'text/plain').code).toBe(CONTENT_MISMATCH_CODE);
    // A few stray Latin-1 bytes in otherwise valid text are tolerated.
    expect(verdict(Buffer.concat([Buffer.from('Prices in '), Buffer.from([0xa3]), Buffer.from(' and more words here.')]), 'text/plain').code).toBe('ok');
  });

  it('refuses a PDF or DOCX whose bytes are something else', () => {
    expect(verdict(PNG, PDF_MEDIA_TYPE).message).toContain('declared application/pdf but the content is a PNG image');
    expect(verdict(Buffer.from('# Just markdown'), PDF_MEDIA_TYPE).message).toContain('text, not a binary document');
    const zip = verdict(Buffer.from(zipSync({ 'notes.txt': strToU8('hi') })), DOCX_MEDIA_TYPE);
    expect(zip).toMatchObject({ code: CONTENT_MISMATCH_CODE, details: { detectedMediaType: 'application/zip' } });
    expect(verdict(Buffer.from('%PDF-1.4'), DOCX_MEDIA_TYPE).message).toContain('a PDF document');
  });
});
