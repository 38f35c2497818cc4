import { z } from 'zod';
import { defineContract } from '../define-contract';
import { erasureReceiptSchema, erasureRefShape } from './shared.v1';

/** Terminal event of an erasure saga: every service holding personal data returned a receipt. */
export const erasureCompletedV1 = defineContract({
  kind: 'event',
  domain: 'privacy',
  name: 'ErasureCompleted',
  version: 1,
  subject: 'subjectId',
  description: "A subject's personal data is erased everywhere; the receipts prove it service by service.",
  schema: z.object({
    ...erasureRefShape,
    receipts: z.array(erasureReceiptSchema).min(1),
  }),
});

/** Payload of `ErasureCompleted` v1. */
export type ErasureCompletedV1 = z.infer<typeof erasureCompletedV1.schema>;
