import { findWords } from './find-words';
import { compileWords } from './word-entries';

const LISTS = compileWords([['stupid company', 'worst service ever', 'scam', 'rip*', '垃圾公司'], ['shit', 'fuck*', 'scheisse']]);
/** The words found, as the original text has them, with their list. */
const found = (text: string): Array<[number, string]> => findWords(text, LISTS).map((h) => [h.list, text.slice(h.start, h.end)]);

describe('findWords', () => {
  it('finds words and phrases case- and accent-insensitively, whole words only', () => {
    expect(found('What a STUPID company, a total Scam!')).toEqual([
      [0, 'STUPID company'],
      [0, 'Scam'],
    ]);
    expect(found('scampi and shitake are in stock')).toEqual([]);
  });

  it('takes any punctuation between the words of a phrase', () => {
    expect(found('the worst service... ever')).toEqual([[0, 'worst service... ever']]);
  });

  it('takes every word with the start of a `word*` entry', () => {
    expect(found('ripped off, fucking hell')).toEqual([
      [0, 'ripped'],
      [1, 'fucking'],
    ]);
  });

  it.each([
    ['leetspeak', 'sh1t happens', 'sh1t'],
    ['symbols for letters', 'what $hit', '$hit'],
    ['masked letters', 'what the f*ck', 'f*ck'],
    ['two masked letters', 'f**k that', 'f**k'],
    ['repeated letters', 'fuuuuck', 'fuuuuck'],
    ['spaced letters', 'f u c k this', 'f u c k'],
    ['dotted letters', 'what s.h.i.t', 's.h.i.t'],
    ['ß for ss', 'So eine Scheiße!', 'Scheiße'],
  ])('sees through %s', (_how, text, word) => {
    expect(found(text)).toEqual([[1, word]]);
  });

  it('unmasks only with the first letter, two letters in all and the last letter of the entry shown', () => {
    expect(found('s**t, f*cking hell')).toEqual([
      [1, 's**t'],
      [1, 'f*cking'],
    ]);
    expect(found('f*** it, f***ing, s*t, ***')).toEqual([]);
  });

  it('finds an entry shorter than three letters', () => {
    const short = compileWords([['bs', 'o k']]);
    expect(findWords('that is BS, o k?', short).map((h) => h.start)).toEqual([8, 12]);
  });

  it('finds CJK entries inside text without spaces, also spaced out', () => {
    expect(found('你们真是垃圾公司')).toEqual([[0, '垃圾公司']]);
    expect(found('垃 圾 公 司')).toEqual([[0, '垃 圾 公 司']]);
  });
});
