import { z } from 'zod';
import { countSchema, idSchema, unitScoreSchema } from '../primitives.v1';

/** Where a passage came from, precisely enough to show the customer a source. */
export const citationSchema = z.object({
  documentId: z.string().min(1),
  documentVersion: z.number().int().positive(),
  title: z.string(),
  section: z.string().optional(),
  uri: z.string().optional(),
});

/** A retrieved piece of the knowledge base with its fused relevance score. */
export const passageSchema = z.object({
  chunkId: z.string().min(1),
  documentId: z.string().min(1),
  documentVersion: z.number().int().positive(),
  text: z.string(),
  score: z.number(),
  section: z.string().optional(),
  language: z.string().optional(),
});

/** How the customer reached us. */
export const channelSchema = z.enum(['widget', 'api', 'openai_compatible']);

/**
 * The customer's tier with the tenant (not the tenant's plan with Sagewire), as stated by the
 * tenant's backend when it minted the customer's access token. Premium customers asking for
 * a refund or a cancellation go to a human (SPEC ES-06).
 */
export const customerTierSchema = z.enum(['standard', 'premium']);

/** Tokens of one or more model calls; cache counts only where the provider reports them. */
export const tokenUsageSchema = z.object({
  inputTokens: countSchema,
  outputTokens: countSchema,
  cacheReadTokens: countSchema.optional(),
  cacheWriteTokens: countSchema.optional(),
});

/**
 * An order the model looked up for the asking customer while answering (their own only):
 * enough for an agent taking over not to ask again.
 */
export const orderSummarySchema = z.object({
  orderId: z.string().min(1).max(64),
  status: z.string().min(1).max(40),
  carrier: z.string().max(100).optional(),
  trackingNumber: z.string().max(100).optional(),
  estimatedDelivery: z.string().max(40).optional(),
});

/** Model back-ends behind the generation port. */
export const modelProviderSchema = z.enum(['bedrock', 'openai_compatible', 'local']);

/**
 * What a guardrail found. Offsets point into the screened text; the matched text itself is
 * never carried, because it is usually the personal data being protected.
 */
export const guardrailFindingSchema = z.object({
  type: z.enum(['pii', 'prompt_attack', 'denied_topic', 'word_filter', 'toxicity', 'ungrounded', 'irrelevant']),
  action: z.enum(['none', 'redact', 'block']),
  /** Entity, topic or filter name, e.g. `EMAIL`, `CREDIT_CARD`, `legal-advice`. */
  label: z.string().min(1).optional(),
  start: countSchema.optional(),
  end: countSchema.optional(),
  score: unitScoreSchema.optional(),
});

/** Input screening outcome: `redact` means the redacted text goes on, `block` stops the answer. */
export const inputVerdictSchema = z.enum(['allow', 'redact', 'block']);

/** Output screening outcome: a blocked sentence or answer is never shown (or is retracted). */
export const outputVerdictSchema = z.enum(['pass', 'redact', 'block']);

/** Why a query goes to a human; `none` when it does not. */
export const escalationReasonSchema = z.enum([
  'customer_request',
  'low_confidence',
  'max_turns_exceeded',
  'premium_customer_sensitive',
  'refund_over_limit',
  'legal_threat',
  'negative_sentiment',
  'guardrail_block',
  'generation_failed',
  'retrieval_failed',
  'none',
]);

export const escalationPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);

/** Where tickets live: the built-in agent queue is the fallback when Zendesk is down. */
export const ticketSystemSchema = z.enum(['internal', 'zendesk']);

/** The steps of the query saga, as named in failures. */
export const queryStepSchema = z.enum([
  'reserve_budget',
  'screen_input',
  'route',
  'retrieve',
  'generate',
  'screen_output',
  'decide_escalation',
  'escalate',
  'complete',
]);

/** Every query-saga payload names its query (the saga) and its conversation (the Kafka key). */
export const queryRefShape = {
  queryId: idSchema,
  conversationId: idSchema,
};
