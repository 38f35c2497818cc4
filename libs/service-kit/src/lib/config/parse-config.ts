import { AppError } from '@sagewire/errors';
import type { z } from 'zod';

export const CONFIG_INVALID = 'CONFIG.INVALID';

/**
 * Validates environment variables once, at the composition root (STYLE.md, "Configuration").
 * A missing or malformed variable stops the process with a message naming every offender.
 */
export function parseConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new AppError(CONFIG_INVALID, `invalid configuration: ${problems.join('; ')}`, { retriable: false });
}
