import { describeError } from '@sagewire/errors';
import { EMPTY_DOCUMENT_CODE } from '../../ingestion-errors';
import { layoutPdf } from './pdf-layout';
import type { PdfTextItem } from './pdf-text';

/** Lines set down a page from y = 700, `step` points apart, each one run. */
function column(lines: readonly (readonly [string, number?])[], x = 72, step = 14): PdfTextItem[] {
  return lines.map(([text, fontSize = 11], i) => ({ text, x, y: 700 - i * step, width: text.length * 5, fontSize }));
}

describe('layoutPdf', () => {
  it('joins wrapped lines, splits paragraphs at wide gaps and ranks headings by size', () => {
    const items = [
      ...column([['User guide', 24]], 72, 30),
      { text: 'Accounts', x: 72, y: 660, width: 60, fontSize: 16 },
      { text: 'Create an account with your', x: 72, y: 640, width: 140, fontSize: 11 },
      { text: 'work email. It takes a minute.', x: 72, y: 627, width: 150, fontSize: 11 },
      { text: 'Then sign in.', x: 72, y: 600, width: 60, fontSize: 11 },
      { text: '\u2022 Use SSO', x: 72, y: 587, width: 60, fontSize: 11 },
    ];
    const doc = layoutPdf([{ pageNumber: 3, items }]);
    expect(doc.title).toBe('User guide');
    expect(doc.sections).toEqual([
      { heading: 'Accounts', path: ['User guide', 'Accounts'], text: 'Create an account with your work email. It takes a minute.\n\nThen sign in.\n\u2022 Use SSO', page: 3 },
    ]);
  });

  it('merges runs of one line, adding a space only at a real gap', () => {
    const items: PdfTextItem[] = [
      { text: 'Refund', x: 72, y: 700, width: 33, fontSize: 11 },
      { text: 's take', x: 105, y: 700, width: 30, fontSize: 11 },
      { text: '5 days.', x: 140, y: 700.4, width: 35, fontSize: 11 },
    ];
    expect(layoutPdf([{ pageNumber: 1, items }]).sections[0]!.text).toBe('Refunds take 5 days.');
  });

  it('keeps a two-line heading as one heading', () => {
    const items = column([['Returns and', 18], ['exchanges', 18], ['Body text here.'], ['More body text.']], 72, 20);
    expect(layoutPdf([{ pageNumber: 1, items }]).sections[0]).toMatchObject({ heading: 'Returns and exchanges' });
  });

  it('does not take the body size for a heading even when headings are frequent', () => {
    const body = 'A long paragraph line that is clearly body text and sets the median size.';
    const items = column([['Short', 11], [body, 9], [body, 9], [body, 9]]);
    expect(layoutPdf([{ pageNumber: 1, items }]).sections[0]!.heading).toBe('Short');
  });

  it('refuses pages without text, pointing at OCR', () => {
    let thrown: unknown;
    try {
      layoutPdf([{ pageNumber: 1, items: [{ text: ' ', x: 0, y: 0, width: 0, fontSize: 11 }] }]);
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown)).toMatchObject({ code: EMPTY_DOCUMENT_CODE, retriable: false, message: expect.stringContaining('OCR') });
  });
});
