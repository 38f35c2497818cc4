import { z } from 'zod';

/** `GET /v1/documents`: deleted documents are left out unless asked for. */
export const listDocumentsQuery = z.object({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
  includeDeleted: z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).default('false').transform((v) => v === 'true'),
});
