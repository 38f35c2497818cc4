import { z } from 'zod';
import { defineContract } from '../define-contract';
import { errorCodeSchema, errorMessageSchema, positiveIntSchema } from '../primitives.v1';
import { erasureRefShape, serviceNameSchema } from './shared.v1';

/**
 * Reply of one service that could not erase on this attempt. Not terminal: the orchestrator
 * retries with backoff until that service returns a receipt, and alerts operators when the
 * failure is not retriable or the due date nears.
 */
export const erasureFailedV1 = defineContract({
  kind: 'event',
  domain: 'privacy',
  name: 'ErasureFailed',
  version: 1,
  subject: 'subjectId',
  description: "A service could not erase a subject's data on this attempt; the erasure will be retried.",
  schema: z.object({
    ...erasureRefShape,
    service: serviceNameSchema,
    errorCode: errorCodeSchema,
    message: errorMessageSchema,
    retriable: z.boolean(),
    attempt: positiveIntSchema,
  }),
});

/** Payload of `ErasureFailed` v1. */
export type ErasureFailedV1 = z.infer<typeof erasureFailedV1.schema>;
