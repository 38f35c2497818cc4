import { z } from 'zod';

/** Defaults are named so the embedded mode needs no variable at all. */
export const DEFAULT_HTTP_PORT = 3000;
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_BLOB_DIR = '.local/blobs';
export const DEFAULT_DB_POOL_SIZE = 5;

const brokerList = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((b) => b.trim()).filter((b) => b.length > 0))
  .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1));

/** What every distributed service process reads: where its broker, database and port are. */
export const serviceProcessConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_HTTP_PORT),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').default(DEFAULT_DATABASE_URL),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(DEFAULT_DB_POOL_SIZE),
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  /** Shortens failover in tests; Kafka's default is fine in production. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(1000).optional(),
  /** Prefix of every topic and consumer group, to run isolated copies on one broker (tests). */
  KAFKA_NAMESPACE: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'lowercase letters, digits and dashes').optional(),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).optional(),
  BLOB_DIR: z.string().min(1).default(DEFAULT_BLOB_DIR),
  /** HMAC secret of the gateway-issued access tokens; at least 32 characters. */
  SAGEWIRE_JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  LOG_LEVEL: z.enum(['info', 'warn', 'error']).default('info'),
});

export type ServiceProcessConfig = z.infer<typeof serviceProcessConfigSchema>;
