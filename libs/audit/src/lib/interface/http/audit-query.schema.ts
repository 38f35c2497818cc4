import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';

export const DEFAULT_AUDIT_PAGE_SIZE = 100;
export const MAX_AUDIT_PAGE_SIZE = 1000;

/** `GET /v1/audit` query parameters (strings on the wire, coerced here). */
export const conversationAuditQuerySchema = z.object({
  conversationId: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE).default(DEFAULT_AUDIT_PAGE_SIZE),
  /** The `seq` of the last event already read; 0 reads from the start. */
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});

/** Parses query parameters or answers 400 naming each bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(query)'}: ${issue.message}`);
  throw new BadRequestException(`invalid query parameters: ${problems.join('; ')}`);
}
