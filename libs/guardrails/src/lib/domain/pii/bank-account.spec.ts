import { detectPii } from './detect-pii';

const found = (text: string): Array<[string, string]> => detectPii(text).map((f) => [f.label, text.slice(f.start, f.end)]);

describe('bank account numbers', () => {
  it.each([
    ['my bank account number is 12345678, please refund there', '12345678'],
    ['Account no. 5551234567', '5551234567'],
    ['acct # 000123456789', '000123456789'],
    ['checking account: 9876543210', '9876543210'],
    ['número de cuenta 2100 0418 45 0200051332', '2100 0418 45 0200051332'],
    ['mon numéro de compte est 12345678901', '12345678901'],
    ['Kontonummer: 0532013000', '0532013000'],
    ['我的银行账号是6222020200112233', '6222020200112233'],
  ])('takes the number the text calls an account number: %p', (text, number) => {
    expect(found(text)).toEqual([['BANK_ACCOUNT', number]]);
  });

  it.each([
    'my account 12345678 is locked',
    'order number 12345678 has not arrived',
    'mi cuenta 12345678 está bloqueada',
    'account number 12345',
    'Account created. 12345678 items in the catalogue',
  ])('leaves numbers without a bank cue, too short, or past the sentence: %p', (text) => {
    expect(found(text).filter(([label]) => label === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('leaves a Luhn-valid card after "account number" to the card detector', () => {
    expect(found('account number 4111 1111 1111 1111')).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
  });
});
