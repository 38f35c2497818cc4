import { z } from 'zod';
import { defineContract } from '../define-contract';
import { languageTagSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Asks the guardrails service to screen a customer's question before anything else reads it. */
export const screenInputV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'ScreenInput',
  version: 1,
  subject: 'conversationId',
  description: 'Screen a question for personal data, prompt attacks, denied topics and filtered words.',
  schema: z.object({
    ...queryRefShape,
    text: z.string().min(1),
    language: languageTagSchema.optional(),
  }),
});

/** Payload of `ScreenInput` v1. */
export type ScreenInputV1 = z.infer<typeof screenInputV1.schema>;
