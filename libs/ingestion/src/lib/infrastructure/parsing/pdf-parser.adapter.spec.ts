import { describeError } from '@sagewire/errors';
import { buildPdf, BUILT_PDF_USER_PASSWORD } from '@sagewire/testing';
import { EMPTY_DOCUMENT_CODE, ENCRYPTED_DOCUMENT_CODE } from '../../domain/ingestion-errors';
import { parsePdf } from './pdf-parser.adapter';
import { loadPdfJs } from './pdfjs.loader';

const LONG = 'Refunds reach the card you paid with within five business days after the parcel arrives at our warehouse, and we email you when it is sent.';

async function rejection(work: Promise<unknown>): Promise<{ code: string; retriable: boolean; message: string }> {
  try {
    await work;
  } catch (error) {
    return describeError(error);
  }
  throw new Error('expected a rejection');
}

describe('parsePdf', () => {
  it('makes sections from larger type, paragraphs from gaps, and keeps the page', async () => {
    const pdf = buildPdf({
      title: 'Help centre export',
      pages: [
        { blocks: [{ text: 'Returns and refunds', fontSize: 20 }, { text: 'You can return any item within 30 days.' }, { text: 'Refunds', fontSize: 15 }, { text: LONG }, { text: 'Keep the receipt.' }] },
        { blocks: [{ text: 'Exchanges', fontSize: 15 }, { text: 'Start a return and place a new order.' }] },
      ],
    });
    const doc = await parsePdf(pdf);
    expect(doc.title).toBe('Returns and refunds');
    expect(doc.sections).toEqual([
      { heading: 'Returns and refunds', path: ['Returns and refunds'], text: 'You can return any item within 30 days.', page: 1 },
      { heading: 'Refunds', path: ['Returns and refunds', 'Refunds'], text: `${LONG}\n\nKeep the receipt.`, page: 1 },
      { heading: 'Exchanges', path: ['Returns and refunds', 'Exchanges'], text: 'Start a return and place a new order.', page: 2 },
    ]);
  });

  it('falls back to the metadata title when no heading stands out', async () => {
    const doc = await parsePdf(buildPdf({ title: 'Shipping FAQ', pages: [{ blocks: [{ text: 'Orders ship in two days.' }] }] }));
    expect(doc.title).toBe('Shipping FAQ');
    expect(doc.sections).toEqual([{ path: [], text: 'Orders ship in two days.', page: 1 }]);
  });

  it('refuses a password-protected PDF with an actionable, non-retriable error', async () => {
    const failure = await rejection(parsePdf(buildPdf({ encrypted: true, pages: [{ blocks: [{ text: 'Secret plan' }] }] })));
    expect(failure).toMatchObject({ code: ENCRYPTED_DOCUMENT_CODE, retriable: false });
    expect(failure.message).toMatch(/remove the password/i);
  });

  it('builds encrypted files that really open with the password', async () => {
    const pdfjs = await loadPdfJs();
    const data = new Uint8Array(buildPdf({ encrypted: true, title: 'Locked', pages: [{ blocks: [{ text: 'Secret plan' }] }] }));
    const task = pdfjs.getDocument({ data, password: BUILT_PDF_USER_PASSWORD, isEvalSupported: false, useSystemFonts: false });
    try {
      const document = await task.promise;
      const text = (await (await document.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
      expect(text).toBe('Secret plan');
      expect((await document.getMetadata()).info).toMatchObject({ Title: 'Locked' });
    } finally {
      await task.destroy();
    }
  });

  it('says a PDF without a text layer needs OCR', async () => {
    const failure = await rejection(parsePdf(buildPdf({ pages: [{ blocks: [] }, { blocks: [] }] })));
    expect(failure).toMatchObject({ code: EMPTY_DOCUMENT_CODE, retriable: false });
    expect(failure.message).toMatch(/OCR/);
  });

  it('rejects a corrupt PDF with the reason', async () => {
    const failure = await rejection(parsePdf(Buffer.from('%PDF-1.4\nthis is not really a pdf\n%%EOF')));
    expect(failure.code).toBe('INGESTION.PARSE_FAILED');
    expect(failure.retriable).toBe(false);
    expect(failure.message).toMatch(/could not be read: .+/);
  });
});
