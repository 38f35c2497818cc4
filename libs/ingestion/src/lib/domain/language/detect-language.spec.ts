import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['How do I reset my password?', 'en'],
    ['¿Cómo cambio mi contraseña?', 'es'],
    ['Mi pedido no ha llegado y quiero un reembolso', 'es'],
    ["Comment puis-je changer l'adresse de livraison de ma commande ?", 'fr'],
    ['Wie ändere ich mein Passwort?', 'de'],
    ['Die Lieferung ist nicht angekommen und ich möchte mein Geld zurück', 'de'],
    ['如何重置我的密码？', 'zh'],
    ['我的iPhone订单还没有到', 'zh'],
  ])('detects %s as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['', 'empty'],
    ['Password', 'a single content word'],
    ['パスワードをリセットするには', 'Japanese (kana), which it does not know'],
    ['비밀번호를 재설정하는 방법', 'Korean'],
    ['de la', 'words shared by Spanish and French only'],
  ])('is unsure about %s (%s)', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('lets a few Han characters in a Latin sentence not decide it', () => {
    expect(detectLanguage('Open the 设置 menu and tap reset to change your password')).toBe('en');
  });
});
