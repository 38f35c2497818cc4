import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, timestampSchema } from '../primitives.v1';
import { erasureRefShape, erasureScopeSchema } from './shared.v1';

/** A verified request to erase a person's data: the first event of an erasure saga. */
export const erasureRequestedV1 = defineContract({
  kind: 'event',
  domain: 'privacy',
  name: 'ErasureRequested',
  version: 1,
  subject: 'subjectId',
  description: "An admin or the data subject asked to erase the subject's personal data; the erasure saga starts.",
  schema: z.object({
    ...erasureRefShape,
    /** User id of who asked: an admin, or the subject themself. */
    requestedBy: idSchema,
    scope: erasureScopeSchema,
    /** The legal deadline for completion (e.g. one month under GDPR art. 12). */
    dueBy: timestampSchema.optional(),
  }),
});

/** Payload of `ErasureRequested` v1. */
export type ErasureRequestedV1 = z.infer<typeof erasureRequestedV1.schema>;
