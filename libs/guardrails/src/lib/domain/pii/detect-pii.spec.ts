import { detectPii } from './detect-pii';
import { DEFAULT_PII_POLICY } from './pii-policy';

/** The labels found and the exact text each span covers, to pin offsets. */
const found = (text: string): Array<[string, string]> => detectPii(text).map((f) => [f.label, text.slice(f.start, f.end)]);

describe('detectPii', () => {
  it('finds a Luhn-valid card with spaces or dashes, and ignores an invalid one', () => {
    expect(found('card 4111 1111 1111 1111 expires soon')).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
    expect(found('Amex 3782-822463-10005 please')).toEqual([['CREDIT_CARD', '3782-822463-10005']]);
    expect(found('card 4111 1111 1111 1112')).toEqual([]);
  });

  it('finds a US SSN but not one with a never-issued area number', () => {
    expect(found('SSN 123-45-6789.')).toEqual([['US_SSN', '123-45-6789']]);
    expect(found('000-12-3456 666-12-3456 912-34-5678').filter(([l]) => l === 'US_SSN')).toEqual([]);
  });

  it('finds email addresses', () => {
    expect(found('Write to jane.doe+shop@example.co.uk, thanks')).toEqual([['EMAIL', 'jane.doe+shop@example.co.uk']]);
  });

  it.each([
    ['Call me on +1 (555) 123-4567 today', '+1 (555) 123-4567'],
    ['my number is 555-123-4567.', '555-123-4567'],
    ['Llámame al +34 612 345 678', '+34 612 345 678'],
    ['UK office +44 20 7946 0958', '+44 20 7946 0958'],
    ['mon numéro 06 12 34 56 78', '06 12 34 56 78'],
  ])('finds the phone number in %p', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it.each([
    'Where is order #123456789?',
    'My order number 1234567890 has not arrived',
    'Pedido nº 123456789 sin entregar',
    'We moved in 2019, 2020 and 2021',
    'from 2019 2020 2021',
    'It costs 12.50 and weighs 3.5 kg',
  ])('does not take identifiers, years or amounts for phones: %p', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds a mod-97-valid IBAN, spaced or not, and skips an invalid one', () => {
    expect(found('IBAN GB82 WEST 1234 5698 7654 32 please')).toEqual([['IBAN', 'GB82 WEST 1234 5698 7654 32']]);
    expect(found('DE89370400440532013000')).toEqual([['IBAN', 'DE89370400440532013000']]);
    expect(found('GB83 WEST 1234 5698 7654 32')).not.toContainEqual(['IBAN', expect.any(String)]);
  });

  it('finds IPv4 addresses but not version numbers with out-of-range parts', () => {
    expect(found('My IP is 192.168.1.20.')).toEqual([['IP_ADDRESS', '192.168.1.20']]);
    expect(found('firmware 1.2.300.4')).toEqual([]);
  });

  it('reports several entities in text order with the policy action', () => {
    const text = 'Mail a@b.io or call 555-123-4567, card 4111111111111111';
    const findings = detectPii(text, { ...DEFAULT_PII_POLICY, CREDIT_CARD: 'redact' });
    expect(findings.map((f) => [f.label, f.action])).toEqual([
      ['EMAIL', 'redact'],
      ['PHONE', 'redact'],
      ['CREDIT_CARD', 'redact'],
    ]);
  });

  it('finds 12-digit Maestro cards, bare or in 4-4-4 groups, but no other 12-digit run', () => {
    expect(found('card 501800000009 lost')).toEqual([['CREDIT_CARD', '501800000009']]);
    expect(found('cc 6304 0000 1230 please')).toEqual([['CREDIT_CARD', '6304 0000 1230']]);
    // Luhn-valid but a Visa prefix: 12 digits are not a Visa number.
    expect(found('ref 412345678905')).not.toContainEqual(['CREDIT_CARD', expect.any(String)]);
  });

  it('does not take digits glued to letters for a card: that is an identifier', () => {
    expect(found("driver's license U4111111111111111")).toEqual([]);
    expect(found('serial 4111111111111111X')).toEqual([]);
  });

  it('finds an SSN written with spaces or without separators when it is called one', () => {
    expect(found('my SSN is 123 45 6789')).toEqual([['US_SSN', '123 45 6789']]);
    expect(found('Social Security number: 123456789.')).toEqual([['US_SSN', '123456789']]);
    expect(found('SS# 987654321')).not.toContainEqual(['US_SSN', expect.any(String)]);
  });

  it.each([
    ['full', 'from 2001:0db8:85a3:0000:0000:8a2e:0370:7334 today', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['shortened hextets', 'address 2001:db8:0:0:1:0:0:1 blocked', '2001:db8:0:0:1:0:0:1'],
    ['compressed', 'ping 2001:db8::8a2e:370:7334.', '2001:db8::8a2e:370:7334'],
    ['loopback', 'bound to ::1 only', '::1'],
    ['IPv4-mapped', 'client ::ffff:192.0.2.128 denied', '::ffff:192.0.2.128'],
  ])('finds an IPv6 address (%s)', (_form, text, address) => {
    expect(found(text)).toEqual([['IP_ADDRESS', address]]);
  });

  it.each(['at 12:20:39 yesterday', 'MAC 00:1a:2b:3c:4d:5e', 'use std::vector or cafe::bad', '1:2:3:4:5:6:7:8:9'])(
    'does not take times, MAC addresses or scopes for IPv6: %p',
    (text) => {
      expect(found(text).filter(([label]) => label === 'IP_ADDRESS')).toEqual([]);
    },
  );

  it.each([
    ['Desk: (555) 123-4567 x89', '(555) 123-4567 x89'],
    ['Fax: 555.123.4567 ext. 12', '555.123.4567 ext. 12'],
    ['or +1-555-123-4567x1234 after six', '+1-555-123-4567x1234'],
    ['Zurich +41 (0)44 668 18 00', '+41 (0)44 668 18 00'],
    ['Phone: 555 0199', '555 0199'],
    ['call me on 71-44-52-18', '71-44-52-18'],
    ['Tel. 12 345 678', '12 345 678'],
    ['mobile: (21) 987-654', '(21) 987-654'],
  ])('finds the phone number with an extension, a (0) or a short local form after a cue: %p', (text, phone) => {
    expect(found(text)).toEqual([['PHONE', phone]]);
  });

  it.each([
    'Room 555 0199 is free',
    'We paid 12 345 678 in total',
    'Date: 2023-04-13 12:20:39 Name: Ann',
    'Call back on 13.04.2023 please',
    'We are at 12345 6789 Baker Street',
    'Deliver to 23456 7890 North Oak Avenue',
    "My driver's license number is 1234-56-7890",
    'Account no. 5551234567',
    'see https://example.com/view?uid=5551234567&x=1',
  ])('does not take short numbers without a cue, dates, house numbers, identifiers or URL parameters for phones: %p', (text) => {
    // Some of these are other entities (an address, an account number): only phones are wrong here.
    expect(found(text).filter(([label]) => label === 'PHONE')).toEqual([]);
  });

  it('finds emails on sub-domains and in upper case', () => {
    expect(found('Mail Support.Team@mail.eu.Example.com now')).toEqual([['EMAIL', 'Support.Team@mail.eu.Example.com']]);
  });

  it('lets the email claim digits before the phone detector sees them', () => {
    expect(found('john5551234567@example.com')).toEqual([['EMAIL', 'john5551234567@example.com']]);
  });
});
