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
    const findings = detectPii(text, { ...DEFAULT_PII_POLICY, CREDIT_CARD: 'block' });
    expect(findings.map((f) => [f.label, f.action])).toEqual([
      ['EMAIL', 'redact'],
      ['PHONE', 'redact'],
      ['CREDIT_CARD', 'block'],
    ]);
  });

  it('lets the email claim digits before the phone detector sees them', () => {
    expect(found('john5551234567@example.com')).toEqual([['EMAIL', 'john5551234567@example.com']]);
  });
});
