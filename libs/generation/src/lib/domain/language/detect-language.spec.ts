import { DEFAULT_LANGUAGE, detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['How do I change my delivery address?', 'en'],
    ['¿Cómo cambio la dirección de entrega?', 'es'],
    ['Comment changer mon adresse de livraison ?', 'fr'],
    ['Wie ändere ich meine Lieferadresse?', 'de'],
    ['如何更改收货地址？', 'zh'],
  ])('detects %p as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back to the given language, or English, without evidence', () => {
    expect(detectLanguage('ABC-123')).toBe(DEFAULT_LANGUAGE);
    expect(detectLanguage('ABC-123', 'de')).toBe('de');
  });
});
