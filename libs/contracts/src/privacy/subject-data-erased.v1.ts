import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, timestampSchema } from '../primitives.v1';
import { erasureMethodSchema, erasureRefShape, serviceNameSchema } from './shared.v1';

/** Reply of one service to `EraseSubjectData`, with its receipt. Erasing twice erases nothing more. */
export const subjectDataErasedV1 = defineContract({
  kind: 'event',
  domain: 'privacy',
  name: 'SubjectDataErased',
  version: 1,
  subject: 'subjectId',
  description: "One service erased (or crypto-shredded) a subject's personal data and issued a receipt.",
  schema: z.object({
    ...erasureRefShape,
    service: serviceNameSchema,
    itemsErased: countSchema,
    method: erasureMethodSchema,
    receiptId: idSchema,
    erasedAt: timestampSchema,
  }),
});

/** Payload of `SubjectDataErased` v1. */
export type SubjectDataErasedV1 = z.infer<typeof subjectDataErasedV1.schema>;
