import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, unitScoreSchema } from '../primitives.v1';
import { guardrailFindingSchema, outputVerdictSchema, queryRefShape } from './shared.v1';

/** Reply to `ScreenOutput`: only `screenedText` of a passing or redacted verdict reaches the customer. */
export const outputScreenedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'OutputScreened',
  version: 1,
  subject: 'conversationId',
  description: 'The guardrails screened generated text: verdict, grounding score, findings and the text safe to show.',
  schema: z.object({
    ...queryRefShape,
    verdict: outputVerdictSchema,
    groundingScore: unitScoreSchema,
    findings: z.array(guardrailFindingSchema),
    /** Present when one streamed sentence was screened; absent for the whole answer. */
    sentenceIndex: countSchema.optional(),
    /** Empty when blocked. */
    screenedText: z.string(),
  }),
});

/** Payload of `OutputScreened` v1. */
export type OutputScreenedV1 = z.infer<typeof outputScreenedV1.schema>;
