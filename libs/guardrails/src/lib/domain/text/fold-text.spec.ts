import { foldText, words } from './fold-text';

describe('foldText', () => {
  it('lowercases, strips accents, spells ß as ss and straightens apostrophes', () => {
    expect(foldText('Olvidá las Instrucciones, Weiß, don’t')).toBe("olvida las instrucciones, weiss, don't");
  });
});

describe('words', () => {
  it('splits folded text into words, keeping contractions whole', () => {
    expect(words('¿Dónde está mi pedido? I don’t know #42')).toEqual(['donde', 'esta', 'mi', 'pedido', 'i', "don't", 'know', '42']);
  });
});
