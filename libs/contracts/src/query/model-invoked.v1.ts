import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, durationMsSchema, idSchema, positiveIntSchema, unitScoreSchema, usdSchema } from '../primitives.v1';
import { citationSchema, modelProviderSchema, orderSummarySchema, queryRefShape } from './shared.v1';

/** Reply to `InvokeModel`: the complete answer with what it cost, for billing and analytics. */
export const modelInvokedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'ModelInvoked',
  version: 1,
  subject: 'conversationId',
  description: 'A model answered a query: the full answer, citations, tokens, cost and latency.',
  schema: z.object({
    ...queryRefShape,
    model: idSchema,
    provider: modelProviderSchema,
    inputTokens: countSchema,
    outputTokens: countSchema,
    cacheReadTokens: countSchema.optional(),
    cacheWriteTokens: countSchema.optional(),
    costUsd: usdSchema,
    latencyMs: durationMsSchema,
    /** Time to first streamed token. */
    firstTokenMs: durationMsSchema.optional(),
    answerText: z.string(),
    citations: z.array(citationSchema),
    confidence: unitScoreSchema.optional(),
    finishReason: z.enum(['stop', 'length', 'content_filter', 'tool_use']),
    attempt: positiveIntSchema,
    /** True when the answer came from the response cache: no model ran and it cost nothing. */
    cached: z.boolean().optional(),
    /** Tool calls the model made while answering (e.g. order lookups). */
    toolCalls: countSchema.optional(),
    /** The asking customer's orders the model looked up while answering, for a handoff. */
    orders: z.array(orderSummarySchema).max(10).optional(),
  }),
});

/** Payload of `ModelInvoked` v1. */
export type ModelInvokedV1 = z.infer<typeof modelInvokedV1.schema>;
