import { z } from 'zod';
import { defineContract } from '../define-contract';
import { durationMsSchema } from '../primitives.v1';
import { guardrailFindingSchema, passageSchema, queryRefShape } from './shared.v1';

/**
 * Reply to `ScreenPassages`: the passages the model may read, in retrieval order. A passage
 * carrying an injection is withdrawn whole (a model must not read any of a poisoned text),
 * and each finding names the chunk it was found in; offsets point into that passage's text.
 */
export const passagesScreenedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'PassagesScreened',
  version: 1,
  subject: 'conversationId',
  description: 'The guardrails screened the retrieved passages: the ones the model may read, and what was withdrawn and why.',
  schema: z.object({
    ...queryRefShape,
    passages: z.array(passageSchema),
    withdrawnChunkIds: z.array(z.string().min(1)),
    findings: z.array(guardrailFindingSchema.extend({ chunkId: z.string().min(1) })),
    latencyMs: durationMsSchema.optional(),
  }),
});

/** Payload of `PassagesScreened` v1. */
export type PassagesScreenedV1 = z.infer<typeof passagesScreenedV1.schema>;
