import { splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('splits prose at terminators followed by a capital, and at line breaks', () => {
    expect(splitSentences('Returns are free. Refunds take 5 days!\nContact us? Yes.')).toEqual([
      'Returns are free.',
      'Refunds take 5 days!',
      'Contact us?',
      'Yes.',
    ]);
  });

  it('keeps abbreviations and decimals inside the sentence', () => {
    expect(splitSentences('Pay by card, e.g. Visa. It costs 3.5 euros.')).toEqual(['Pay by card, e.g. Visa.', 'It costs 3.5 euros.']);
  });

  it('splits Spanish before an opening question mark, and Chinese after full-width stops', () => {
    expect(splitSentences('Es gratis. ¿Cuándo llega?')).toEqual(['Es gratis.', '¿Cuándo llega?']);
    expect(splitSentences('退货免费。七天内退款。')).toEqual(['退货免费。', '七天内退款。']);
  });
});
