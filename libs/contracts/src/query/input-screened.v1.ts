import { z } from 'zod';
import { defineContract } from '../define-contract';
import { durationMsSchema, languageTagSchema } from '../primitives.v1';
import { guardrailFindingSchema, inputVerdictSchema, queryRefShape } from './shared.v1';

/** Reply to `ScreenInput`: later steps read `redactedText`, never the raw question. */
export const inputScreenedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'InputScreened',
  version: 1,
  subject: 'conversationId',
  description: 'The guardrails screened a question: verdict, findings, and the text with personal data redacted.',
  schema: z.object({
    ...queryRefShape,
    verdict: inputVerdictSchema,
    findings: z.array(guardrailFindingSchema),
    /** Equal to the input when nothing was redacted. */
    redactedText: z.string(),
    detectedLanguage: languageTagSchema.optional(),
    latencyMs: durationMsSchema.optional(),
  }),
});

/** Payload of `InputScreened` v1. */
export type InputScreenedV1 = z.infer<typeof inputScreenedV1.schema>;
