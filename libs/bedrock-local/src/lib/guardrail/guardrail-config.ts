import { z } from 'zod';

/** Bedrock's content filter categories; `PROMPT_ATTACK` screens `INPUT` only, as on Bedrock. */
export const GUARDRAIL_CONTENT_FILTER_TYPES = ['INSULTS', 'HATE', 'SEXUAL', 'VIOLENCE', 'MISCONDUCT', 'PROMPT_ATTACK'] as const;
export type GuardrailContentFilterType = (typeof GUARDRAIL_CONTENT_FILTER_TYPES)[number];

/** The PII entity types the local evaluator can find (with simple patterns, see `guardrail-pii.ts`). */
export const LOCAL_GUARDRAIL_PII_TYPES = ['EMAIL', 'PHONE'] as const;
export type LocalGuardrailPiiType = (typeof LOCAL_GUARDRAIL_PII_TYPES)[number];

/** The guardrail every local server knows without a script. */
export const DEFAULT_LOCAL_GUARDRAIL_ID = 'localguardrail';

/** The Bedrock console's default blocked message, for input and output alike. */
export const DEFAULT_BLOCKED_MESSAGING = 'Sorry, the model cannot answer this question.';

/** Bedrock's pattern for a guardrail id (the last segment of its ARN). */
export const GUARDRAIL_ID_PATTERN = /^[a-z0-9]+$/;

/** A trigger phrase: matched case-insensitively, on word boundaries, any run of spaces alike. */
const phrase = z.string().trim().min(1);

/**
 * What a local guardrail screens for, in CreateGuardrail's vocabulary (`ANONYMIZE`, `BLOCK`)
 * but with trigger phrases where Bedrock has classifiers, so verdicts are deterministic.
 * Strict, so a misspelt field fails the script instead of silently screening nothing.
 */
export const localGuardrailConfigSchema = z.strictObject({
  /** A topic is detected when the text contains one of its phrases; it is always blocked. */
  deniedTopics: z.array(z.strictObject({ name: z.string().regex(/^[0-9a-zA-Z-_ !?.]{1,100}$/), phrases: z.array(phrase).min(1) })).default([]),
  /** A phrase found means confidence HIGH, which every strength blocks. */
  contentFilters: z.array(z.strictObject({
    type: z.enum(GUARDRAIL_CONTENT_FILTER_TYPES),
    phrases: z.array(phrase).min(1),
    strength: z.enum(['LOW', 'MEDIUM', 'HIGH']).default('HIGH'),
  })).default([]),
  /** Custom blocked words or phrases. */
  words: z.array(phrase).default([]),
  /** Bedrock's managed profanity list (a tiny local stand-in). */
  profanity: z.boolean().default(false),
  pii: z.array(z.strictObject({ type: z.enum(LOCAL_GUARDRAIL_PII_TYPES), action: z.enum(['ANONYMIZE', 'BLOCK']) })).default([]),
  blockedInputMessaging: z.string().min(1).default(DEFAULT_BLOCKED_MESSAGING),
  blockedOutputsMessaging: z.string().min(1).default(DEFAULT_BLOCKED_MESSAGING),
});

/** A guardrail as a test or a script defines it; omitted policies are not configured. */
export type LocalGuardrailConfig = z.input<typeof localGuardrailConfigSchema>;

/** A guardrail with every default filled in, as the evaluator reads it. */
export type GuardrailPolicy = z.output<typeof localGuardrailConfigSchema>;

/** Validates a definition; throws naming the bad field. */
export function guardrailPolicyOf(config: LocalGuardrailConfig): GuardrailPolicy {
  const parsed = localGuardrailConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new Error(`invalid guardrail config: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * {@link DEFAULT_LOCAL_GUARDRAIL_ID}'s policies, sized for demos of a support assistant: one
 * denied topic, prompt attacks, insults and threats, one custom phrase that marks internal
 * documents, profanity, and e-mail addresses and phone numbers masked.
 */
export const DEFAULT_LOCAL_GUARDRAIL_CONFIG: LocalGuardrailConfig = {
  deniedTopics: [{ name: 'Investment advice', phrases: ['investment advice', 'which stocks', 'should i invest', 'crypto tips'] }],
  contentFilters: [
    {
      type: 'PROMPT_ATTACK',
      phrases: [
        'ignore previous instructions', 'ignore all previous instructions', 'ignore your instructions', 'disregard your instructions',
        'reveal your system prompt', 'developer mode', 'jailbreak',
      ],
    },
    { type: 'INSULTS', phrases: ['idiot', 'stupid', 'moron'] },
    { type: 'VIOLENCE', phrases: ['kill you', 'hurt you'] },
  ],
  words: ['internal use only'],
  profanity: true,
  pii: [{ type: 'EMAIL', action: 'ANONYMIZE' }, { type: 'PHONE', action: 'ANONYMIZE' }],
};
