import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';

const schedulingConfigSchema = z.object({
  /** Registrations processed at once by this process (parse and chunk are CPU-bound: about one per core). */
  INGESTION_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  /** Versions of one tenant allowed in retrieval's hands at once; the rest wait their turn. */
  INGESTION_MAX_IN_FLIGHT_PER_TENANT: z.coerce.number().int().min(1).max(1_000).default(4),
  /** How often idle workers look for work that was not announced to them (another replica's, retries). */
  INGESTION_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(500),
  /** How long a claimed job is a worker's before another may take it over. */
  INGESTION_JOB_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(10 * 60_000),
});

export interface SchedulingConfig {
  readonly workers: number;
  readonly maxInFlightPerTenant: number;
  readonly pollMs: number;
  readonly leaseMs: number;
}

export const SCHEDULING_CONFIG = Symbol('ingestion-scheduling-config');

export function schedulingConfigFrom(env: Readonly<Record<string, string | undefined>>): SchedulingConfig {
  const config = parseConfig(schedulingConfigSchema, env);
  return {
    workers: config.INGESTION_WORKERS,
    maxInFlightPerTenant: config.INGESTION_MAX_IN_FLIGHT_PER_TENANT,
    pollMs: config.INGESTION_POLL_MS,
    leaseMs: config.INGESTION_JOB_LEASE_MS,
  };
}
