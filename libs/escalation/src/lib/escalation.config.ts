import { jsonSetting, parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { TenantEscalationPolicies } from './application/policy/tenant-policies';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './domain/rules/evaluate-escalation';
import { DEFAULT_ZENDESK_TIMEOUT_MS, type ZendeskConnection } from './infrastructure/zendesk/zendesk-ticket-system.adapter';

/** Defaults are the domain's (SPEC ES-03: below 0.7; ES-04: more than 5 turns), so the embedded mode sets nothing. */
export const DEFAULT_MIN_CONFIDENCE = DEFAULT_ESCALATION_POLICY.minConfidence;
export const DEFAULT_MAX_TURNS = DEFAULT_ESCALATION_POLICY.maxTurns;
/** SPEC ES-09: refunds over $500; ES-07: sentiment below -0.7. */
export const DEFAULT_REFUND_LIMIT = DEFAULT_ESCALATION_POLICY.refundLimit;
export const DEFAULT_MIN_SENTIMENT = DEFAULT_ESCALATION_POLICY.minSentiment;

/** A tenant's overrides: the same ranges as the variables above, every field optional, nothing unknown. */
const policyOverrideSchema = z.object({
  minConfidence: z.number().min(0).max(1),
  maxTurns: z.number().int().min(1),
  refundLimit: z.number().min(0),
  minSentiment: z.number().min(-1).max(1),
  premiumCustomerSensitive: z.boolean(),
}).partial().strict();

/** `{"default": {...}, "tenants": {"<tenant id>": {...}}}`, merged over the variables' thresholds. */
const tenantPoliciesSchema = z.object({
  default: policyOverrideSchema.optional(),
  tenants: z.record(z.string().min(1), policyOverrideSchema).optional(),
}).strict();

/** A Zendesk connection needs all three, or none. */
const ZENDESK_VARIABLES = ['ESCALATION_ZENDESK_URL', 'ESCALATION_ZENDESK_EMAIL', 'ESCALATION_ZENDESK_API_TOKEN'] as const;

const escalationConfigSchema = z.object({
  /** Answers below this model confidence (0..1) go to a human. */
  ESCALATION_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(DEFAULT_MIN_CONFIDENCE),
  /** More customer turns than this go to a human. */
  ESCALATION_MAX_TURNS: z.coerce.number().int().min(1).default(DEFAULT_MAX_TURNS),
  /** A refund asked for above this amount (the tenant's currency) goes to a human. */
  ESCALATION_REFUND_LIMIT: z.coerce.number().min(0).default(DEFAULT_REFUND_LIMIT),
  /** A question scoring below this sentiment (-1..1) goes to a human, with high priority. */
  ESCALATION_MIN_SENTIMENT: z.coerce.number().min(-1).max(1).default(DEFAULT_MIN_SENTIMENT),
  /** Per-tenant policies over the thresholds above, inline JSON or `@/path/file.json`; see docs/escalation.md. */
  ESCALATION_TENANT_POLICIES: jsonSetting(tenantPoliciesSchema).optional(),

  /** The Zendesk account, e.g. `https://acme.zendesk.com`; without it `zendesk` tickets fail over to the internal queue. */
  ESCALATION_ZENDESK_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The agent whose API token is used (Basic `{email}/token:{api_token}`). */
  ESCALATION_ZENDESK_EMAIL: z.email().optional(),
  ESCALATION_ZENDESK_API_TOKEN: z.string().trim().min(1).optional(),
  /** Per HTTP call to Zendesk (the look-up and the creation each). */
  ESCALATION_ZENDESK_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(DEFAULT_ZENDESK_TIMEOUT_MS),
}).superRefine((config, issues) => {
  // Half a connection is a typo, not a choice: name what is missing rather than run without Zendesk.
  const given = ZENDESK_VARIABLES.filter((name) => config[name] !== undefined);
  if (given.length === 0 || given.length === ZENDESK_VARIABLES.length) return;
  for (const name of ZENDESK_VARIABLES.filter((n) => config[n] === undefined)) {
    issues.addIssue({ code: 'custom', path: [name], message: `required when ${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} set` });
  }
});

type EscalationConfig = z.infer<typeof escalationConfigSchema>;

/** Injection token of the {@link TenantEscalationPolicies}. */
export const ESCALATION_POLICIES = Symbol('escalation-policies');

/** Reads every tenant's escalation policy once, at the composition root; a bad value stops the process naming it. */
export function escalationPoliciesFrom(env: Readonly<Record<string, string | undefined>>): TenantEscalationPolicies {
  const config = parseConfig(escalationConfigSchema, env);
  return new TenantEscalationPolicies(policyOf(config), config.ESCALATION_TENANT_POLICIES);
}

/** The Zendesk connection, or undefined when none is configured; read once, at the composition root. */
export function zendeskConnectionFrom(env: Readonly<Record<string, string | undefined>>): ZendeskConnection | undefined {
  const config = parseConfig(escalationConfigSchema, env);
  if (config.ESCALATION_ZENDESK_URL === undefined || config.ESCALATION_ZENDESK_EMAIL === undefined || config.ESCALATION_ZENDESK_API_TOKEN === undefined) return undefined;
  return {
    baseUrl: config.ESCALATION_ZENDESK_URL, email: config.ESCALATION_ZENDESK_EMAIL,
    apiToken: config.ESCALATION_ZENDESK_API_TOKEN, timeoutMs: config.ESCALATION_ZENDESK_TIMEOUT_MS,
  };
}

function policyOf(config: EscalationConfig): EscalationPolicy {
  return {
    minConfidence: config.ESCALATION_MIN_CONFIDENCE, maxTurns: config.ESCALATION_MAX_TURNS,
    refundLimit: config.ESCALATION_REFUND_LIMIT, minSentiment: config.ESCALATION_MIN_SENTIMENT,
    premiumCustomerSensitive: DEFAULT_ESCALATION_POLICY.premiumCustomerSensitive,
  };
}
