import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, languageTagSchema } from '../primitives.v1';
import { passageSchema, queryRefShape } from './shared.v1';

/**
 * Asks the guardrails service to screen generated text: one sentence while streaming
 * (`sentenceIndex` set) or the whole answer (`sentenceIndex` absent).
 */
export const screenOutputV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'ScreenOutput',
  version: 1,
  subject: 'conversationId',
  description: 'Screen generated text for grounding in the retrieved passages, personal data and toxicity.',
  schema: z.object({
    ...queryRefShape,
    text: z.string(),
    /** The passages the answer may rely on: grounding is measured against them. */
    passages: z.array(passageSchema),
    sentenceIndex: countSchema.optional(),
    language: languageTagSchema.optional(),
  }),
});

/** Payload of `ScreenOutput` v1. */
export type ScreenOutputV1 = z.infer<typeof screenOutputV1.schema>;
