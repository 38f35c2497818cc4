import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './domain/rules/evaluate-escalation';

/** Defaults are the domain's (SPEC ES-03: below 0.7; ES-04: more than 5 turns), so the embedded mode sets nothing. */
export const DEFAULT_MIN_CONFIDENCE = DEFAULT_ESCALATION_POLICY.minConfidence;
export const DEFAULT_MAX_TURNS = DEFAULT_ESCALATION_POLICY.maxTurns;

const escalationConfigSchema = z.object({
  /** Answers below this model confidence (0..1) go to a human. */
  ESCALATION_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(DEFAULT_MIN_CONFIDENCE),
  /** More customer turns than this go to a human. */
  ESCALATION_MAX_TURNS: z.coerce.number().int().min(1).default(DEFAULT_MAX_TURNS),
});

/** Injection token of the process-wide {@link EscalationPolicy}. */
export const ESCALATION_POLICY = Symbol('escalation-policy');

/** Reads the escalation thresholds once, at the composition root; a bad value stops the process. */
export function escalationPolicyFrom(env: Readonly<Record<string, string | undefined>>): EscalationPolicy {
  const config = parseConfig(escalationConfigSchema, env);
  return { minConfidence: config.ESCALATION_MIN_CONFIDENCE, maxTurns: config.ESCALATION_MAX_TURNS };
}
