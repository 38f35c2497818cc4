import type { z } from 'zod';
import { GatewayErrorCode, gatewayError } from '../../../application/gateway-errors';

/**
 * Validates one part of a request (`body`, `query`, `path.id`, a header) and says which field
 * is wrong and why, e.g. `body.text: must be at most 8000 characters`.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = [where, ...issue.path.map(String)].join('.');
    return `${field}: ${issue.message}`;
  });
  throw gatewayError(GatewayErrorCode.INVALID_REQUEST, problems.join('; '), { issues: problems });
}
