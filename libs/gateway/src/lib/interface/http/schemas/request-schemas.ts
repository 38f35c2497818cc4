import { CUSTOMER_TIERS, ROLES } from '@sagewire/service-kit';
import { z } from 'zod';

/** BCP 47 tag, as in the contracts (`en`, `es-MX`). */
const language = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as "en" or "es-MX"');
const role = z.enum(ROLES, { error: `must be one of: ${ROLES.join(', ')}` });
const userId = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const uuidSchema = z.uuid({ error: 'must be a UUID' });

export const createTenantBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  plan: z.enum(['standard', 'premium'], { error: 'must be "standard" or "premium"' }).default('standard'),
});

export const createApiKeyBody = z.strictObject({
  roles: z.array(role).min(1, 'must name at least one role'),
});

export const accessTokenBody = z
  .strictObject({
    userId,
    roles: z.array(role).min(1, 'must name at least one role'),
    ttlSeconds: z.number().int('must be a whole number of seconds').min(60, 'must be at least 60').optional(),
    tier: z.enum(CUSTOMER_TIERS, { error: `must be one of: ${CUSTOMER_TIERS.join(', ')}` }).optional().meta({
      description:
        "The customer's tier with you (customer tokens only). Sent with each of their questions to the escalation rules: " +
        'a premium customer asking for a refund or a cancellation goes to a human with high priority. Absent means standard.',
    }),
  })
  // A tier describes a customer; on an agent's or auditor's token it would mean nothing.
  .refine((body) => body.tier === undefined || body.roles.includes('customer'), { path: ['tier'], error: 'only for customer tokens (roles must include customer)' });

export const createConversationBody = z.strictObject({
  userId: userId.optional(),
  language: language.optional(),
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
});

export const postMessageBody = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(8000, 'must be at most 8000 characters'),
  language: language.optional(),
});

export const csatBody = z.strictObject({
  score: z.number({ error: 'must be a whole number from 1 to 5' }).int('must be a whole number from 1 to 5').min(1, 'must be at least 1').max(5, 'must be at most 5'),
  comment: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
});

export const streamQuery = z.object({
  stream: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).optional(),
});

/** Comma-separated in forms (`aclTags=a,b`), an array in JSON. */
const aclTags = z
  .union([z.string(), z.array(z.string().trim().min(1, 'must not be empty'))])
  .transform((v) => (typeof v === 'string' ? v.split(',').map((t) => t.trim()).filter((t) => t.length > 0) : v))
  .default([]);

const documentFields = {
  title: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').optional(),
  language: language.optional(),
  aclTags,
  /** Set to upload the next version of this document. */
  documentId: uuidSchema.optional(),
};

export const multipartDocumentFields = z.object({ ...documentFields, mediaType: z.string().optional() });

export const jsonDocumentBody = z.strictObject({
  ...documentFields,
  title: documentFields.title.unwrap(),
  mediaType: z.string().min(1, 'must name a media type such as text/markdown'),
  content: z.string().min(1, 'must not be empty'),
});

export const listDocumentsQuery = z.object({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
});

const contentPart = z.object({ type: z.string(), text: z.string().optional() });

/** OpenAI's request; unknown fields (temperature, ...) are accepted and ignored, as SDKs send them. */
export const chatCompletionBody = z.object({
  model: z.string().min(1, 'must name a model (any name: Sagewire picks its own)'),
  messages: z
    .array(z.object({
      role: z.enum(['system', 'developer', 'user', 'assistant', 'tool'], { error: 'must be system, developer, user, assistant or tool' }),
      content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
    }))
    .min(1, 'must contain at least one message'),
  stream: z.boolean().optional(),
  user: userId.optional(),
});

export type ChatCompletionBody = z.infer<typeof chatCompletionBody>;
