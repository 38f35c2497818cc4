import { z } from 'zod';
import { defineContract } from '../define-contract';
import { positiveIntSchema } from '../primitives.v1';
import { erasureRefShape, erasureScopeSchema, serviceNameSchema } from './shared.v1';

/** Broadcast value of `service`: every service holding personal data acts. */
export const ALL_SERVICES = 'all';

/**
 * Asks services to erase a subject's data. Every service consumes this topic in its own group
 * and acts when `service` is its name or `all`; retries target the services still missing.
 */
export const eraseSubjectDataV1 = defineContract({
  kind: 'command',
  domain: 'privacy',
  name: 'EraseSubjectData',
  version: 1,
  subject: 'subjectId',
  description: "Erase or crypto-shred a subject's personal data in one service, or in all of them.",
  schema: z.object({
    ...erasureRefShape,
    service: z.union([z.literal(ALL_SERVICES), serviceNameSchema]),
    scope: erasureScopeSchema,
    attempt: positiveIntSchema,
  }),
});

/** Payload of `EraseSubjectData` v1. */
export type EraseSubjectDataV1 = z.infer<typeof eraseSubjectDataV1.schema>;
