import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, languageTagSchema, positiveIntSchema } from '../primitives.v1';
import { citationSchema, passageSchema, queryRefShape } from './shared.v1';

/**
 * Asks the generation service to answer a question from the retrieved passages with one model.
 * The orchestrator owns the fallback chain: on `ModelInvocationFailed` it retries or moves on.
 */
export const invokeModelV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'InvokeModel',
  version: 1,
  subject: 'conversationId',
  description: 'Generate a cited answer from the retrieved passages with one model, streaming the chunks.',
  schema: z.object({
    ...queryRefShape,
    model: idSchema,
    /** The redacted question. */
    question: z.string().min(1),
    language: languageTagSchema,
    passages: z.array(passageSchema),
    /**
     * The sources retrieval named for the passages (document title, section, version), so the
     * answer's citations show what the customer would recognise. Optional and added without a
     * new version: a command without it still parses, and its citations fall back to sections.
     */
    sources: z.array(citationSchema).optional(),
    /** Earlier turns of the conversation, oldest first, already screened. */
    history: z.array(z.object({ role: z.enum(['customer', 'assistant']), text: z.string() })).optional(),
    maxOutputTokens: positiveIntSchema,
    /**
     * The knowledge-base version the passages were read at. Optional and additive: with it the
     * generation service may answer a repeated question from its response cache, which a newer
     * version invalidates; without it nothing is cached.
     */
    knowledgeBaseVersion: z.string().min(1).optional(),
    /**
     * The signed-in customer asking (the query's user id), so tools act for that customer only
     * (an order lookup never shows someone else's order). Absent for anonymous chats.
     */
    customerId: z.string().min(1).optional(),
    stream: z.boolean(),
    attempt: positiveIntSchema,
  }),
});

/** Payload of `InvokeModel` v1. */
export type InvokeModelV1 = z.infer<typeof invokeModelV1.schema>;
