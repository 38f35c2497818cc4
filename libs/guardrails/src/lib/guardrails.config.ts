import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_PII_POLICY } from './domain/pii/pii-policy';
import type { InputPolicy } from './domain/screen-input';
import { DEFAULT_OUTPUT_POLICY, type OutputPolicy } from './domain/screen-output';

/** Prompt attacks are refused unless a tenant screens prompts upstream itself. */
export const DEFAULT_BLOCK_PROMPT_ATTACKS = true;
/** Recorded in `GuardrailsApplied`: per-tenant policies will bump their own versions. */
export const DEFAULT_POLICY_VERSION = 'default-v1';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true, false, 1 or 0' })
  .transform((value) => value === 'true' || value === '1');

const guardrailsConfigSchema = z.object({
  GUARDRAILS_BLOCK_PROMPT_ATTACKS: booleanFlag.default(DEFAULT_BLOCK_PROMPT_ATTACKS),
});

/** The policies every screening in this process applies, and the version analytics see. */
export interface GuardrailPolicies {
  readonly version: string;
  readonly input: InputPolicy;
  readonly output: OutputPolicy;
}

/** Injection token of the process-wide {@link GuardrailPolicies}. */
export const GUARDRAIL_POLICIES = Symbol('guardrail-policies');

/** Read once at the composition root; a bad value stops the process naming the variable. */
export function guardrailPoliciesFrom(env: Readonly<Record<string, string | undefined>>): GuardrailPolicies {
  const config = parseConfig(guardrailsConfigSchema, env);
  return {
    version: DEFAULT_POLICY_VERSION,
    input: { pii: DEFAULT_PII_POLICY, blockPromptAttacks: config.GUARDRAILS_BLOCK_PROMPT_ATTACKS },
    output: DEFAULT_OUTPUT_POLICY,
  };
}
