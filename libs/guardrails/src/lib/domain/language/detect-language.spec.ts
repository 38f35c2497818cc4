import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['Where is my order? It was due on Monday.', 'en'],
    ['¿Dónde está mi pedido? Tenía que llegar el lunes.', 'es'],
    ['Où est ma commande ? Elle devait arriver lundi.', 'fr'],
    ['Wo ist meine Bestellung? Sie sollte am Montag kommen.', 'de'],
    ['我的订单在哪里？', 'zh'],
    ['Hola', 'es'],
  ])('detects %p as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('returns undefined without evidence', () => {
    expect(detectLanguage('12345 ???')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });

  it('does not call Japanese Chinese', () => {
    expect(detectLanguage('注文はどこですか')).toBeUndefined();
  });
});
