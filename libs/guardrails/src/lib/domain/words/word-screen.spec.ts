import { redact } from '../pii/redact';
import { PROFANITY_WORDS } from './profanity-list';
import { PROFANITY_LABEL, profanityFilter, WordScreen } from './word-screen';

describe('WordScreen', () => {
  const screen = WordScreen.of([
    { name: 'insults', words: ['stupid company', 'worst service ever'], action: 'block' },
    { name: 'competitors', words: ['AcmeCorp'], action: 'redact', mask: '[competitor]' },
    ...profanityFilter('redact'),
  ]);

  it('reports a word_filter finding per hit, labelled with the filter, with the filter\'s action', () => {
    expect(screen.find('Worst service ever, AcmeCorp is better, shit')).toEqual([
      { type: 'word_filter', action: 'block', label: 'insults', start: 0, end: 18 },
      { type: 'word_filter', action: 'redact', label: 'competitors', start: 20, end: 28 },
      { type: 'word_filter', action: 'redact', label: PROFANITY_LABEL, start: 40, end: 44 },
    ]);
  });

  it('masks with the filter\'s mask, `***` by default', () => {
    const text = 'AcmeCorp is cheaper, what the f*ck';
    const findings = screen.find(text);
    expect(redact(text, findings, (f) => screen.maskOf(f.label))).toBe('[competitor] is cheaper, what the ***');
  });

  it('turns a flag into a finding with action none', () => {
    expect(WordScreen.of(profanityFilter('flag')).find('this is shit')).toEqual([{ type: 'word_filter', action: 'none', label: PROFANITY_LABEL, start: 8, end: 12 }]);
  });

  it('finds nothing when the profanity list is off and no filter is set', () => {
    expect(WordScreen.of(profanityFilter('off')).find('this is shit')).toEqual([]);
  });
});

describe('the managed profanity list', () => {
  const profanity = WordScreen.of(profanityFilter('redact'));

  it.each([
    ['en', 'This is bullshit'],
    ['es', '¡Qué mierda de servicio!'],
    ['fr', 'Putain, encore en retard'],
    ['de', 'So ein Scheißladen'],
    ['zh', '他妈的又迟到了'],
  ])('finds common profanity in %s', (_language, text) => {
    expect(profanity.find(text)).toHaveLength(1);
  });

  it('has a curated, moderate list in every language', () => {
    for (const words of Object.values(PROFANITY_WORDS)) expect(words.length).toBeGreaterThanOrEqual(15);
    expect(Object.values(PROFANITY_WORDS).flat().length).toBeLessThan(200);
  });

  it.each([
    'Café con leche, por favor', 'a cul-de-sac address', 'a mosquito bite', 'morning mist', 'a fickle customer', 'shitake mushrooms', 'technique unique',
    'el cono de helado', 'Compute the Scunthorpe total', 'Mi pedido sigue sin llegar', 'Das Paket ist beschädigt', 'Je voudrais un remboursement',
    '我妈妈的生日礼物', '我操作系统出错了', 'Passt die Jacke?', 'My account was suspended',
  ])('leaves innocent words of the five languages alone: %p', (text) => {
    expect(profanity.find(text)).toEqual([]);
  });
});
