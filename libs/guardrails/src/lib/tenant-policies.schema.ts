import { z } from 'zod';
import { PII_LABELS } from './domain/pii/pii-policy';
import { TOPIC_LANGUAGES } from './domain/topics/denied-topic';
import { TOPIC_CATALOGUE } from './domain/topics/topic-catalogue';
import { PROFANITY_LABEL } from './domain/words/word-screen';

const piiActionSchema = z.enum(['none', 'redact', 'block']);
const wordActionSchema = z.enum(['flag', 'redact', 'block']);
const profanityActionSchema = z.enum(['off', 'flag', 'redact', 'block']);

/** `{"en": [...], "de": [...]}`; `zh-Hans` is accepted for `zh`, as tenants may write the full tag. */
const perLanguage = (item: z.ZodType<string>) =>
  z.preprocess(
    (value) => (value && typeof value === 'object' && 'zh-Hans' in value ? renameKey(value as Record<string, unknown>, 'zh-Hans', 'zh') : value),
    z.object(Object.fromEntries(TOPIC_LANGUAGES.map((l) => [l, z.array(item).optional()]))).strict(),
  );

function renameKey(value: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const { [from]: moved, ...rest } = value;
  return { ...rest, [to]: moved };
}

const customTopicSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lowercase letters, digits, - and _ (at most 64)'),
    description: z.string().min(1).max(1_000),
    examples: perLanguage(z.string().min(1).max(500)).refine((e) => Object.values(e).some((list) => list && list.length > 0), 'at least one example'),
    terms: perLanguage(z.string().min(1).max(100)).optional(),
    phrases: perLanguage(z.string().min(1).max(200)).optional(),
    threshold: z.number().min(0).max(1).optional(),
    action: z.enum(['block', 'flag']).optional(),
  })
  .strict()
  .refine((t) => !TOPIC_CATALOGUE.has(t.name), { message: 'is a catalogue topic: enable it by name, or give yours another name', path: ['name'] });

const wordFilterSchema = z
  .object({
    name: z.string().min(1).max(64).refine((n) => n !== PROFANITY_LABEL, `${PROFANITY_LABEL} is the managed list's label`),
    words: z.array(z.string().min(1).max(200)).min(1).max(10_000),
    action: wordActionSchema.default('block'),
    mask: z.string().max(50).optional(),
  })
  .strict();

/** Every field optional: a block overrides only what it names. Arrays replace, objects merge. */
export const policyOverrideSchema = z
  .object({
    /** Required in every block: it is how analytics tell the rules apart (see `GuardrailPolicies`). */
    version: z.string().regex(/^[\w.:-]{1,64}$/, 'letters, digits, _ . : - (at most 64)'),
    pii: z.object(Object.fromEntries(PII_LABELS.map((l) => [l, piiActionSchema.optional()]))).strict(),
    blockPromptAttacks: z.boolean(),
    deniedTopics: z
      .object({
        enable: z.array(z.string().refine((n) => TOPIC_CATALOGUE.has(n), { error: (issue) => `unknown topic "${String(issue.input)}"; the catalogue has ${[...TOPIC_CATALOGUE.keys()].join(', ')}` })),
        custom: z.array(customTopicSchema),
      })
      .partial()
      .strict(),
    wordFilters: z.array(wordFilterSchema).refine((filters) => new Set(filters.map((f) => f.name)).size === filters.length, 'filter names must be unique'),
    profanity: z.union([profanityActionSchema, z.object({ input: profanityActionSchema, output: profanityActionSchema }).partial().strict()]),
    minGrounding: z.number().min(0).max(1),
    sentenceGrounding: z.enum(['flag', 'block']),
  })
  .partial()
  .required({ version: true })
  .strict();

/** `{"default": {...}, "tenants": {"<tenant id>": {...}}}`, as GENERATION_TENANT_POLICIES. */
export const tenantPoliciesSchema = z
  .object({
    default: policyOverrideSchema.optional(),
    tenants: z.record(z.string().min(1), policyOverrideSchema).optional(),
  })
  .strict();

export type PolicyOverride = z.infer<typeof policyOverrideSchema>;
export type TenantPoliciesConfig = z.infer<typeof tenantPoliciesSchema>;
