import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema } from '../primitives.v1';
import { passageSchema, queryRefShape } from './shared.v1';

/**
 * One streamed piece of an answer. Chunks of a query share its conversation key, so they
 * arrive in `sequence` order; a consumer still de-duplicates by sequence on redelivery.
 */
export const answerChunkGeneratedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'AnswerChunkGenerated',
  version: 1,
  subject: 'conversationId',
  description: 'A model produced the next piece of a streamed answer (not yet screened).',
  schema: z.object({
    ...queryRefShape,
    sequence: countSchema,
    text: z.string(),
    model: idSchema,
    /**
     * The passages the model was given, on the first chunk (sequence 0) only, so the stream
     * screen can check each sentence's grounding as it completes. Optional and additive.
     */
    passages: z.array(passageSchema).optional(),
  }),
});

/** Payload of `AnswerChunkGenerated` v1. */
export type AnswerChunkGeneratedV1 = z.infer<typeof answerChunkGeneratedV1.schema>;
