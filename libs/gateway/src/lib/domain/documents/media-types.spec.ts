import { baseMediaType, resolveMediaType } from './media-types';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('media types', () => {
  it('takes the declared type when supported, else the extension', () => {
    expect(baseMediaType('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(resolveMediaType('text/html; charset=utf-8', 'a.bin')).toBe('text/html');
    expect(resolveMediaType('application/octet-stream', 'faq.MD')).toBe('text/markdown');
    expect(resolveMediaType(undefined, 'notes.txt')).toBe('text/plain');
    expect(resolveMediaType(undefined, undefined)).toBeUndefined();
  });

  it('accepts PDF and DOCX, declared or inferred from the file name', () => {
    expect(resolveMediaType('application/pdf', 'manual.pdf')).toBe(PDF);
    expect(resolveMediaType(DOCX, undefined)).toBe(DOCX);
    expect(resolveMediaType('application/octet-stream', 'Manual.PDF')).toBe(PDF);
    expect(resolveMediaType('application/octet-stream', 'policy.v2.docx')).toBe(DOCX);
    expect(resolveMediaType(undefined, 'report.docx')).toBe(DOCX);
  });

  it('still refuses formats ingestion cannot read', () => {
    expect(resolveMediaType('application/msword', 'old.doc')).toBeUndefined();
    expect(resolveMediaType('image/png', 'scan.png')).toBeUndefined();
    expect(resolveMediaType('application/octet-stream', 'archive')).toBeUndefined();
  });
});
