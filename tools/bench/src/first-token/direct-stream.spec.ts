import { sentenceEnded } from './direct-stream';

describe('sentenceEnded (the baseline\'s end of the first sentence)', () => {
  it.each([
    ['Returns are free within 30 days. ', true],
    ['Do gift cards expire? [1]', true],
    ['Gift cards never expire!\n', true],
    ['He said "no." Then', true],
    ['Shipping options and costs\n\n| Option', true],
    ['Heading\n  \nText', true],
  ])('%j has a whole sentence: %s', (text, expected) => {
    expect(sentenceEnded(text)).toBe(expected);
  });

  it.each([
    ['Returns are free within 30 days.'],
    ['Standard shipping costs $5.95'],
    ['\n\nLeading blank lines alone'],
    ['one line\nanother line'],
  ])('%j has none yet', (text) => {
    expect(sentenceEnded(text)).toBe(false);
  });
});
