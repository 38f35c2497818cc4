import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './domain/rules/evaluate-escalation';

/** Defaults are the domain's (SPEC ES-03: below 0.7; ES-04: more than 5 turns), so the embedded mode sets nothing. */
export const DEFAULT_MIN_CONFIDENCE = DEFAULT_ESCALATION_POLICY.minConfidence;
export const DEFAULT_MAX_TURNS = DEFAULT_ESCALATION_POLICY.maxTurns;
/** SPEC ES-09: refunds over $500; ES-07: sentiment below -0.7. */
export const DEFAULT_REFUND_LIMIT = DEFAULT_ESCALATION_POLICY.refundLimit;
export const DEFAULT_MIN_SENTIMENT = DEFAULT_ESCALATION_POLICY.minSentiment;

const escalationConfigSchema = z.object({
  /** Answers below this model confidence (0..1) go to a human. */
  ESCALATION_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(DEFAULT_MIN_CONFIDENCE),
  /** More customer turns than this go to a human. */
  ESCALATION_MAX_TURNS: z.coerce.number().int().min(1).default(DEFAULT_MAX_TURNS),
  /** A refund asked for above this amount (the tenant's currency) goes to a human. */
  ESCALATION_REFUND_LIMIT: z.coerce.number().min(0).default(DEFAULT_REFUND_LIMIT),
  /** A question scoring below this sentiment (-1..1) goes to a human, with high priority. */
  ESCALATION_MIN_SENTIMENT: z.coerce.number().min(-1).max(1).default(DEFAULT_MIN_SENTIMENT),
});

/** Injection token of the process-wide {@link EscalationPolicy}. */
export const ESCALATION_POLICY = Symbol('escalation-policy');

/** Reads the escalation thresholds once, at the composition root; a bad value stops the process. */
export function escalationPolicyFrom(env: Readonly<Record<string, string | undefined>>): EscalationPolicy {
  const config = parseConfig(escalationConfigSchema, env);
  return {
    minConfidence: config.ESCALATION_MIN_CONFIDENCE, maxTurns: config.ESCALATION_MAX_TURNS,
    refundLimit: config.ESCALATION_REFUND_LIMIT, minSentiment: config.ESCALATION_MIN_SENTIMENT,
  };
}
