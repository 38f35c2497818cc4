import { describeError } from '@sagewire/errors';
import { buildDocx } from '@sagewire/testing';
import { zipSync, strToU8 } from 'fflate';
import { PARSE_FAILED_CODE } from '../../domain/ingestion-errors';
import { parseDocx } from './docx-parser.adapter';

async function rejection(work: Promise<unknown>): Promise<{ code: string; retriable: boolean; message: string }> {
  return work.then(
    () => ({ code: 'none', retriable: true, message: 'resolved' }),
    (error: unknown) => describeError(error),
  );
}

describe('parseDocx', () => {
  it('turns heading styles into sections and each table into a section of its own', async () => {
    const docx = buildDocx({
      blocks: [
        { heading: 1, text: 'Plans & billing' },
        { text: 'Every plan is billed monthly.' },
        { heading: 2, text: 'Prices' },
        { text: 'Prices exclude VAT.' },
        { table: [['Plan', 'Price'], ['Basic', '$5'], ['Pro', '$10']] },
        { text: 'Annual billing saves two months.' },
        { heading: 3, text: 'Discounts' },
        { table: [['Code', 'Off'], ['EDU', '50%']] },
      ],
    });
    const doc = await parseDocx(docx);
    expect(doc.title).toBe('Plans & billing');
    expect(doc.sections).toEqual([
      { heading: 'Plans & billing', path: ['Plans & billing'], text: 'Every plan is billed monthly.' },
      { heading: 'Prices', path: ['Plans & billing', 'Prices'], text: 'Prices exclude VAT.' },
      { heading: 'Table 1', path: ['Plans & billing', 'Prices', 'Table 1'], text: 'Plan | Price\nBasic | $5\nPro | $10' },
      { heading: 'Prices', path: ['Plans & billing', 'Prices'], text: 'Annual billing saves two months.' },
      { heading: 'Table 2', path: ['Plans & billing', 'Prices', 'Discounts', 'Table 2'], text: 'Code | Off\nEDU | 50%' },
    ]);
  });

  it('rejects a damaged archive as PARSE_FAILED with the reason', async () => {
    const failure = await rejection(parseDocx(buildDocx({ blocks: [{ text: 'Hello' }] }).subarray(0, 200)));
    expect(failure).toMatchObject({ code: PARSE_FAILED_CODE, retriable: false });
    expect(failure.message).toMatch(/could not be read: .*zip/i);
  });

  it('rejects a ZIP that is not a Word document as PARSE_FAILED', async () => {
    const failure = await rejection(parseDocx(Buffer.from(zipSync({ 'readme.txt': strToU8('not a document') }))));
    expect(failure).toMatchObject({ code: PARSE_FAILED_CODE, retriable: false });
    expect(failure.message).toMatch(/main document part/i);
  });
});
