import { auditGold } from './gold-audit';
import type { LabelledSample } from './presidio-dataset';

const sample = (index: number, type: string, value: string): LabelledSample => ({ index, text: `x ${value}`, gold: [{ type, start: 2, end: 2 + value.length }] });

describe('auditGold', () => {
  it('flags labelled cards that fail Luhn and IBANs that fail mod 97', () => {
    const audit = auditGold([
      sample(0, 'CREDIT_CARD', '4111 1111 1111 1111'),
      sample(1, 'CREDIT_CARD', '4111111111111112'),
      sample(2, 'IBAN_CODE', 'GB82 WEST 1234 5698 7654 32'),
      sample(3, 'IBAN_CODE', 'GB83WEST12345698765432'),
      sample(4, 'PERSON', 'Ann'),
    ]);
    expect(audit).toEqual([
      { type: 'CREDIT_CARD', labelled: 2, invalid: ['4111111111111112'] },
      { type: 'IBAN_CODE', labelled: 2, invalid: ['GB83WEST12345698765432'] },
    ]);
  });
});
