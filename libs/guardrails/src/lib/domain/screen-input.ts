import type { InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { strongestAction, type GuardrailFinding } from './finding';
import { detectPii } from './pii/detect-pii';
import { DEFAULT_PII_POLICY, type PiiPolicy } from './pii/pii-policy';
import { redact } from './pii/redact';
import { detectPromptAttack } from './prompt-attack/detect-prompt-attack';

/** A tenant's rules for screening questions. */
export interface InputPolicy {
  pii: PiiPolicy;
  /** Off only for tenants that screen prompts upstream themselves. */
  blockPromptAttacks: boolean;
}

export const DEFAULT_INPUT_POLICY: InputPolicy = { pii: DEFAULT_PII_POLICY, blockPromptAttacks: true };

/** Outcome of screening one question, in the `InputScreened` contract's terms. */
export type InputScreening = Pick<InputScreenedV1, 'verdict' | 'findings' | 'redactedText'>;

/**
 * Screens a customer's question for personal data and prompt attacks. Block wins over redact.
 * `redactedText` masks every personal-data span the policy does not ignore, blocked ones too,
 * so even a refused question can be stored and logged without the data in it.
 */
export function screenInput(text: string, policy: InputPolicy = DEFAULT_INPUT_POLICY): InputScreening {
  const pii = detectPii(text, policy.pii).filter((f) => f.action !== 'none');
  const attack = policy.blockPromptAttacks ? detectPromptAttack(text) : undefined;
  const findings: GuardrailFinding[] = attack ? [...pii, attack] : pii;
  const action = strongestAction(findings);
  return {
    verdict: action === 'none' ? 'allow' : action,
    findings,
    redactedText: redact(text, pii),
  };
}
