import type { InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';

/** What a guardrail found, in the contract's shape (offsets only, never the matched text). */
export type GuardrailFinding = InputScreenedV1['findings'][number];

/** What a finding asks for: `none` records it, `redact` masks its span, `block` stops the text. */
export type GuardrailAction = GuardrailFinding['action'];

/** Strongest action among findings: block wins over redact, redact over none. */
export function strongestAction(findings: readonly GuardrailFinding[]): GuardrailAction {
  if (findings.some((f) => f.action === 'block')) return 'block';
  if (findings.some((f) => f.action === 'redact')) return 'redact';
  return 'none';
}
