import { jsonSetting, parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { SECOND_OPINION_FAILURE_POLICIES } from './application/second-opinion/second-opinion-failure-policy';
import { DEFAULT_GUARDRAIL_REVIEW_TIMEOUT_MS } from './infrastructure/bedrock-guardrail/bedrock-guardrail.adapter';
import { DEFAULT_MIN_GROUNDING } from './domain/screen-output';
import { TOPIC_CATALOGUE } from './domain/topics/topic-catalogue';
import { DEFAULT_PROFANITY } from './domain/words/word-screen';
import { tenantPoliciesSchema } from './tenant-policies.schema';

/** Prompt attacks are refused unless a tenant screens prompts upstream itself. */
export const DEFAULT_BLOCK_PROMPT_ATTACKS = true;
/** Recorded in `GuardrailsApplied` for tenants the configuration does not name. */
export const DEFAULT_POLICY_VERSION = 'default-v1';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true, false, 1 or 0' })
  .transform((value) => value === 'true' || value === '1');

const profanityAction = z.enum(['off', 'flag', 'redact', 'block']);

/** Catalogue topic names, comma-separated; each must exist. */
const topicNames = z
  .string()
  .transform((s) => s.split(',').map((n) => n.trim()).filter(Boolean))
  .refine((names) => names.every((n) => TOPIC_CATALOGUE.has(n)), { message: `unknown topic; the catalogue has ${[...TOPIC_CATALOGUE.keys()].join(', ')}` });

const guardrailsConfigSchema = z.object({
  GUARDRAILS_BLOCK_PROMPT_ATTACKS: booleanFlag.default(DEFAULT_BLOCK_PROMPT_ATTACKS),
  GUARDRAILS_MIN_GROUNDING: z.coerce.number().min(0).max(1).default(DEFAULT_MIN_GROUNDING),
  /** A streamed sentence its passages do not support: shown with a finding (`flag`) or hidden (`block`). */
  GUARDRAILS_SENTENCE_GROUNDING: z.enum(['flag', 'block']).default('flag'),
  /** Catalogue topics every tenant refuses unless its own policy says otherwise; none by default. */
  GUARDRAILS_DENIED_TOPICS: topicNames.default([]),
  GUARDRAILS_PROFANITY_INPUT: profanityAction.default(DEFAULT_PROFANITY.input),
  GUARDRAILS_PROFANITY_OUTPUT: profanityAction.default(DEFAULT_PROFANITY.output),
  GUARDRAILS_POLICY_VERSION: z.string().regex(/^[\w.:-]{1,64}$/).default(DEFAULT_POLICY_VERSION),
  /** Per-tenant overrides over the defaults above; see libs/guardrails/README.md. */
  GUARDRAILS_TENANT_POLICIES: jsonSetting(tenantPoliciesSchema).optional(),

  /** An Amazon Bedrock guardrail consulted as a second opinion (id or ARN); none when unset. */
  GUARDRAILS_BEDROCK_GUARDRAIL_ID: z.string().regex(/^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+))$/, 'must be a Bedrock guardrail id or ARN').optional(),
  /** Pin a number in production; DRAFT follows edits made in the console. */
  GUARDRAILS_BEDROCK_GUARDRAIL_VERSION: z.string().regex(/^(([1-9][0-9]{0,7})|(DRAFT))$/, 'must be a version number or DRAFT').optional(),
  /** `allow`: the local screens decide when Bedrock cannot answer; `block`: no text passes unreviewed. */
  GUARDRAILS_SECOND_OPINION_ON_FAILURE: z.enum(SECOND_OPINION_FAILURE_POLICIES).default('allow'),
  /** Below the saga's 10 s screening deadline, retries included. */
  GUARDRAILS_SECOND_OPINION_TIMEOUT_MS: z.coerce.number().int().min(100).max(8_000).default(DEFAULT_GUARDRAIL_REVIEW_TIMEOUT_MS),
  BEDROCK_REGION: z.string().min(1).default('us-east-1'),
  BEDROCK_ENDPOINT: z.url().optional(),
}).superRefine((config, issues) => {
  if (config.GUARDRAILS_BEDROCK_GUARDRAIL_ID !== undefined && config.GUARDRAILS_BEDROCK_GUARDRAIL_VERSION === undefined) {
    issues.addIssue({ code: 'custom', path: ['GUARDRAILS_BEDROCK_GUARDRAIL_VERSION'], message: 'required when GUARDRAILS_BEDROCK_GUARDRAIL_ID is set' });
  }
});

export type GuardrailsConfig = z.infer<typeof guardrailsConfigSchema>;

/** Validated once at the composition root; a bad value stops the process naming the variable and the field. */
export function guardrailsConfigFrom(env: Readonly<Record<string, string | undefined>>): GuardrailsConfig {
  return parseConfig(guardrailsConfigSchema, env);
}
