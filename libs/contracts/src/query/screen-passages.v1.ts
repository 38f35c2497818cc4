import { z } from 'zod';
import { defineContract } from '../define-contract';
import { languageTagSchema } from '../primitives.v1';
import { passageSchema, queryRefShape } from './shared.v1';

/**
 * Asks the guardrails service to screen the retrieved passages before any model reads them:
 * a knowledge-base document can carry instructions aimed at the model (indirect prompt
 * injection), and it must never reach the prompt as written.
 */
export const screenPassagesV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'ScreenPassages',
  version: 1,
  subject: 'conversationId',
  description: 'Screen the retrieved passages for instructions aimed at the model (indirect prompt injection) before generation.',
  schema: z.object({
    ...queryRefShape,
    passages: z.array(passageSchema).min(1),
    language: languageTagSchema.optional(),
  }),
});

/** Payload of `ScreenPassages` v1. */
export type ScreenPassagesV1 = z.infer<typeof screenPassagesV1.schema>;
