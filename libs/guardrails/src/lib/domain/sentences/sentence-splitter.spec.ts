import { SentenceSplitter } from './sentence-splitter';

/** Feeds the chunks in order and returns every sentence, the flushed rest included. */
function split(...chunks: string[]): string[] {
  const splitter = new SentenceSplitter();
  const sentences = chunks.flatMap((c) => splitter.push(c));
  const rest = splitter.flush();
  return rest === undefined ? sentences : [...sentences, rest];
}

describe('SentenceSplitter', () => {
  it('emits a sentence as soon as whitespace follows its terminator', () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push('You can return it. Ref')).toEqual(['You can return it.']);
    expect(splitter.push('unds take 5 days! Anything')).toEqual(['Refunds take 5 days!']);
    expect(splitter.push(' else?')).toEqual([]);
    expect(splitter.flush()).toBe('Anything else?');
    expect(splitter.flush()).toBeUndefined();
  });

  it('holds a terminator at the end of a chunk until the next chunk decides it', () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push('It weighs 3.')).toEqual([]);
    expect(splitter.push('5 kg. Done')).toEqual(['It weighs 3.5 kg.']);
  });

  it('does not split on abbreviations, decimals or "No. 5"', () => {
    expect(split('Use a card, e.g. Visa or Mastercard. We ship in the U.S. and Canada. ', 'It costs 3.5 dollars. See No. 5 in the list.')).toEqual([
      'Use a card, e.g. Visa or Mastercard.',
      'We ship in the U.S. and Canada.',
      'It costs 3.5 dollars.',
      'See No. 5 in the list.',
    ]);
  });

  it('still splits after "no." when no number follows', () => {
    expect(split('The answer is no. Then we refund.')).toEqual(['The answer is no.', 'Then we refund.']);
  });

  it('keeps closing quotes and repeated terminators with the sentence', () => {
    expect(split('He said "stop." Then?! Yes...', ' ok')).toEqual(['He said "stop."', 'Then?!', 'Yes...', 'ok']);
  });

  it('splits on full-width terminators without a following space', () => {
    expect(split('您的订单已发货。预计三天内送达！', '还有问题吗？')).toEqual(['您的订单已发货。', '预计三天内送达！', '还有问题吗？']);
  });

  it('ends a sentence at a blank line even without a terminator', () => {
    expect(split('Steps to follow\n\n1. Open the app')).toEqual(['Steps to follow', '1. Open the app']);
  });

  it('gives the same sentences whatever the chunking', () => {
    const text = 'First one. Second, e.g. this one! Third?';
    const byChar = split(...text.split(''));
    expect(byChar).toEqual(split(text));
    expect(byChar).toEqual(['First one.', 'Second, e.g. this one!', 'Third?']);
  });
});

describe('SentenceSplitter: citation markers after the full stop', () => {
  const split = (chunks: readonly string[]) => {
    const splitter = new SentenceSplitter();
    const sentences = chunks.flatMap((chunk) => splitter.push(chunk));
    const rest = splitter.flush();
    return rest === undefined ? sentences : [...sentences, rest];
  };

  it('keeps "… delivery. [1][2]" with its sentence, however the stream is cut', () => {
    const text = 'Returns are free within 30 days of delivery. [1][2] Items must be unused. [1, 3] Refunds take 5 days.';
    const expected = ['Returns are free within 30 days of delivery. [1][2]', 'Items must be unused. [1, 3]', 'Refunds take 5 days.'];
    expect(split([text])).toEqual(expected);
    expect(split(text.split(''))).toEqual(expected);
    expect(split(['Returns are free within 30 days of delivery. [', '1][2', '] Items must be unused. [1, 3] Refunds take 5 days.'])).toEqual(expected);
  });

  it('holds a sentence while a marker may still follow, and leaves bracketed words alone', () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push('Returns are free. [1]')).toEqual([]);
    expect(splitter.push(' Next one.')).toEqual(['Returns are free. [1]']);
    expect(split(['See the table. [note] It lists sizes.'])).toEqual(['See the table.', '[note] It lists sizes.']);
    expect(split(['退货免费。[1] 请保留包装。'])).toEqual(['退货免费。[1]', '请保留包装。']);
  });
});
