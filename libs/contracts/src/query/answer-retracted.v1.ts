import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Compensation for streamed chunks the customer already saw but the whole answer failed. */
export const answerRetractedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'AnswerRetracted',
  version: 1,
  subject: 'conversationId',
  description: 'Chunks already shown to the customer are withdrawn because the answer failed screening or generation.',
  schema: z.object({
    ...queryRefShape,
    reason: z.enum(['output_blocked', 'ungrounded', 'generation_failed']),
    retractedChunkSequences: z.array(countSchema),
    /** The safe reply shown instead, if any. */
    replacementText: z.string().optional(),
  }),
});

/** Payload of `AnswerRetracted` v1. */
export type AnswerRetractedV1 = z.infer<typeof answerRetractedV1.schema>;
