import { z } from 'zod';
import { defineContract } from '../define-contract';
import { errorCodeSchema, errorMessageSchema } from '../primitives.v1';
import { queryRefShape, queryStepSchema } from './shared.v1';

/** Terminal event of a query saga that could not reach any outcome, not even escalation. */
export const queryFailedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'QueryFailed',
  version: 1,
  subject: 'conversationId',
  description: 'A query ended without an outcome; the failed step and error code say why.',
  schema: z.object({
    ...queryRefShape,
    reason: z.object({
      code: errorCodeSchema,
      message: errorMessageSchema,
    }),
    failedStep: queryStepSchema,
  }),
});

/** Payload of `QueryFailed` v1. */
export type QueryFailedV1 = z.infer<typeof queryFailedV1.schema>;
