import type { LabelledSample } from './presidio-dataset';

/**
 * Checks gold labels that carry their own checksum, so a detector that (rightly) rejects an
 * invalid number is not blamed silently. Written independently of the detector's checksums:
 * the system under test should not be the judge of its own gold data.
 */
export interface GoldAudit {
  readonly type: string;
  readonly labelled: number;
  /** Labelled values whose checksum fails. */
  readonly invalid: readonly string[];
}

function luhnOk(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d+$/.test(digits)) return false;
  const sum = [...digits].reverse().reduce((total, char, i) => {
    const doubled = Number(char) * (i % 2 === 1 ? 2 : 1);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function mod97Ok(value: string): boolean {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const numeric = [...(compact.slice(4) + compact.slice(0, 4))].map((c) => parseInt(c, 36)).join('');
  return BigInt(numeric) % 97n === 1n;
}

const CHECKS: ReadonlyArray<readonly [string, (value: string) => boolean]> = [
  ['CREDIT_CARD', luhnOk],
  ['IBAN_CODE', mod97Ok],
];

export function auditGold(samples: readonly LabelledSample[]): GoldAudit[] {
  return CHECKS.map(([type, valid]) => {
    const values = samples.flatMap((s) => s.gold.filter((g) => g.type === type).map((g) => s.text.slice(g.start, g.end)));
    return { type, labelled: values.length, invalid: values.filter((v) => !valid(v)) };
  });
}
