import { isIbanValid, isLuhnValid } from './checksums';

describe('isLuhnValid', () => {
  it.each(['4111111111111111', '5500005555555559', '378282246310005', '6011111111111117'])('accepts test card %s', (n) => {
    expect(isLuhnValid(n)).toBe(true);
  });

  it('rejects a number with one digit changed', () => {
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });

  it('rejects anything that is not only digits', () => {
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(false);
  });
});

describe('isIbanValid', () => {
  it.each(['GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000', 'es9121000418450200051332'])('accepts %s', (iban) => {
    expect(isIbanValid(iban)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isIbanValid('GB83WEST12345698765432')).toBe(false);
  });

  it('rejects a malformed string', () => {
    expect(isIbanValid('GB82')).toBe(false);
  });
});
