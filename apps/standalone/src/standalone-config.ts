import { DEFAULT_HTTP_PORT } from '@sagewire/service-kit';
import { z } from 'zod';

/** Warn keeps the terminal readable for someone trying Sagewire; LOG_LEVEL=info shows everything. */
export const DEFAULT_STANDALONE_LOG_LEVEL = 'warn';

/**
 * The only variables the embedded mode reads itself, all optional: it must start with none.
 * (The services still receive the whole environment and parse their own optional settings.)
 */
export const standaloneConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_HTTP_PORT),
  LOG_LEVEL: z.enum(['info', 'warn', 'error']).default(DEFAULT_STANDALONE_LOG_LEVEL),
  /** Keep the database across restarts in this directory; in memory when unset. */
  SAGEWIRE_DATA_DIR: z.string().min(1).optional(),
});

export type StandaloneConfig = z.infer<typeof standaloneConfigSchema>;
