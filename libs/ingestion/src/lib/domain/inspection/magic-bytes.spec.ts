import { strToU8, zipSync } from 'fflate';
import { sniffFormat } from './magic-bytes';

const bytes = (...values: number[]): Buffer => Buffer.from(values);

describe('sniffFormat', () => {
  it.each([
    ['%PDF-1.7\n', 'application/pdf'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['GIF89a\x01\x00', 'image/gif'],
    [Buffer.concat([Buffer.from('RIFF'), bytes(1, 2, 3, 4), Buffer.from('WEBPVP8 ')]), 'image/webp'],
    [bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0), 'application/x-executable'],
    [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]), 'application/vnd.microsoft.portable-executable'],
    [bytes(0x1f, 0x8b, 0x08, 0), 'application/gzip'],
    [bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), 'application/x-7z-compressed'],
    [Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), 'application/vnd.rar'],
  ])('recognises %j as %s', (input, mediaType) => {
    expect(sniffFormat(Buffer.isBuffer(input) ? input : Buffer.from(input, 'latin1'))?.mediaType).toBe(mediaType);
  });

  it('tells a DOCX from other ZIP packages by its member names', () => {
    const zip = (name: string): Buffer => Buffer.from(zipSync({ [name]: strToU8('<x/>') }));
    expect(sniffFormat(zip('word/document.xml'))?.description).toBe('a Word document (DOCX)');
    expect(sniffFormat(zip('xl/workbook.xml'))?.description).toBe('an Excel workbook (XLSX)');
    expect(sniffFormat(zip('notes.txt'))).toEqual({ mediaType: 'application/zip', description: 'a ZIP archive' });
  });

  it('does not mistake text for a format', () => {
    expect(sniffFormat(Buffer.from('# MZ-200 router manual\n\nPlug it in.'))).toBeUndefined();
    expect(sniffFormat(Buffer.from('ID3 tags explained'))).toBeUndefined();
    expect(sniffFormat(Buffer.from('<p>Hello</p>'))).toBeUndefined();
  });
});
