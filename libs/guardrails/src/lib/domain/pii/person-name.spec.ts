import { detectPii } from './detect-pii';

const found = (text: string): Array<[string, string]> => detectPii(text).map((f) => [f.label, text.slice(f.start, f.end)]);

describe('names after a cue', () => {
  it.each([
    ['My name is Aantje Mourik but everyone calls me Aantje', 'Aantje Mourik'],
    ['my name is Ruth R Montez.', 'Ruth R Montez'],
    ['Her maiden name is LeBatelier', 'LeBatelier'],
    ['Me llamo María García', 'María García'],
    ["Je m'appelle Claire Dubois", 'Claire Dubois'],
    ['Ich heiße Jan Müller.', 'Jan Müller'],
    ['你好，我叫王小明', '王小明'],
  ])('finds the name in %p', (text, name) => {
    expect(found(text)).toEqual([['PERSON', name]]);
  });

  it.each(['my name is spelled wrong on the invoice', 'Jordan is where my parcel went', 'Ask Paris about the order'])(
    'takes nothing without a cue or a capitalised name: %p',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
