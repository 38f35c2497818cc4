import { hasIdentifierLabel, hasPhoneCue, isDate, isFollowedByStreetName } from './phone-rules';

describe('isDate', () => {
  it.each(['1978-04-13', '13.04.1978', '04/13/1978', '2020-6-1'])('takes %s for a date', (text) => {
    expect(isDate(text)).toBe(true);
  });

  it.each(['1978-13-40', '71-33-52-22', '2020 123 45', '555-123-4567'])('does not take %s for a date', (text) => {
    expect(isDate(text)).toBe(false);
  });
});

describe('context around a number', () => {
  const at = (text: string) => [text, text.indexOf('#')] as const;

  it('reads a label right before the number as an identifier, but not one followed by "phone"', () => {
    expect(hasIdentifierLabel(...at('driver license number is #'))).toBe(true);
    expect(hasIdentifierLabel(...at('Order no.: #'))).toBe(true);
    expect(hasIdentifierLabel(...at('my account phone number is #'))).toBe(false);
    expect(hasIdentifierLabel(...at('the border #'))).toBe(false);
  });

  it('needs a phone word within the window before the number', () => {
    expect(hasPhoneCue(...at('Mobile: #'))).toBe(true);
    expect(hasPhoneCue(...at('nobody is answering at #'))).toBe(true);
    expect(hasPhoneCue(...at('Phone: nothing here but a long long filler #'))).toBe(false);
    expect(hasPhoneCue(...at('the telephony budget #'))).toBe(false);
  });

  it('sees a street name after a house number', () => {
    expect(isFollowedByStreetName('2450 Crown St', 4)).toBe(true);
    expect(isFollowedByStreetName('2505 Heatherleigh Suite 620', 4)).toBe(true);
    expect(isFollowedByStreetName('555 0199 Then we talk', 8)).toBe(false);
  });
});
