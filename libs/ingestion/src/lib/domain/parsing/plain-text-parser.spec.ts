import { parsePlainText } from './plain-text-parser';

describe('parsePlainText', () => {
  it('takes a short first line as the title and keeps paragraphs separated', async () => {
    const doc = await parsePlainText('Shipping times\n\nOrders ship in 2 days.\nExpress ships next day.\n\n\n  \nWe ship worldwide.');
    expect(doc.title).toBe('Shipping times');
    expect(doc.sections).toEqual([
      { path: [], text: 'Orders ship in 2 days.\nExpress ships next day.\n\nWe ship worldwide.' },
    ]);
    expect(doc.characterCount).toBe(doc.sections[0]!.text.length);
  });

  it('does not take a sentence as the title', async () => {
    const doc = await parsePlainText('Orders ship within two days.\n\nExpress is faster.');
    expect(doc.title).toBeUndefined();
    expect(doc.sections[0]!.text).toBe('Orders ship within two days.\n\nExpress is faster.');
  });

  it('does not take the only paragraph as the title', async () => {
    const doc = await parsePlainText('Just one line');
    expect(doc.title).toBeUndefined();
    expect(doc.sections[0]!.text).toBe('Just one line');
  });

  it('returns no sections for blank input', async () => {
    expect(await parsePlainText(' \n\n ')).toEqual({ sections: [], characterCount: 0 });
  });
});
