import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, errorCodeSchema, errorMessageSchema, idSchema, positiveIntSchema } from '../primitives.v1';
import { modelProviderSchema, queryRefShape } from './shared.v1';

/** Reply to `InvokeModel` when the model gave no complete answer. */
export const modelInvocationFailedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'ModelInvocationFailed',
  version: 1,
  subject: 'conversationId',
  description: 'A model call failed; the orchestrator retries it, tries the next model of the chain, or escalates.',
  schema: z.object({
    ...queryRefShape,
    model: idSchema,
    provider: modelProviderSchema.optional(),
    errorCode: errorCodeSchema,
    message: errorMessageSchema,
    retriable: z.boolean(),
    attempt: positiveIntSchema,
    /**
     * Answer chunks already published before the failure. When some were, the customer has
     * seen part of an answer: the saga withdraws it instead of starting another model's
     * stream over it. Absent means none (older producers).
     */
    chunksPublished: countSchema.optional(),
  }),
});

/** Payload of `ModelInvocationFailed` v1. */
export type ModelInvocationFailedV1 = z.infer<typeof modelInvocationFailedV1.schema>;
