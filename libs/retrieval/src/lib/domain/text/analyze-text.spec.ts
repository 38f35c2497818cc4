import { analyzeText, duplicateKey } from './analyze-text';
import { foldText } from './fold-text';

describe('foldText', () => {
  it('removes accents and case but keeps letters of other scripts intact', () => {
    expect(foldText('CONTRASEÑA Über Crème ﬁle')).toBe('contrasena uber creme file');
    expect(foldText('हिंदी')).toBe('हिंदी');
  });
});

describe('analyzeText', () => {
  it('drops stopwords of en/es/fr/de but keeps negations', () => {
    expect(analyzeText('How do I NOT cancel my subscription?')).toEqual(['not', 'cancel', 'subscription']);
    expect(analyzeText('¿Cómo cambio la contraseña de mi cuenta?')).toEqual(['cambio', 'contrasena', 'cuenta']);
    expect(analyzeText("Où est l'adresse de livraison ?")).toEqual(['adresse', 'livraison']);
    expect(analyzeText('Wie ändere ich die Lieferadresse?')).toEqual(['andere', 'lieferadresse']);
  });

  it('indexes CJK as overlapping bigrams, a lone character as itself', () => {
    expect(analyzeText('重置密码 iPhone手机 书')).toEqual(['重置', '置密', '密码', 'iphone', '手机', '书']);
  });
});

describe('duplicateKey', () => {
  it('equates texts that differ only in case, accents, spacing and punctuation', () => {
    expect(duplicateKey('Refunds take 5 days!')).toBe(duplicateKey('  refunds   TAKE 5 days.'));
    expect(duplicateKey('Café')).toBe(duplicateKey('cafe'));
    expect(duplicateKey('Refunds take 5 days')).not.toBe(duplicateKey('Refunds take 6 days'));
  });
});
