// Public API of the service kit: what every service needs to run alone or embedded.
// Explicit named exports only (STYLE.md: no catch-all barrels).

// Composition: a service definition, hosted alone (distributed) or with the others (embedded).
export type { EventConsumerSpec, ServiceDefinition } from './lib/bootstrap/service-definition';
export { createServiceHost, type ServiceHost, type ServiceHostOptions } from './lib/bootstrap/service-host';
export { runServiceProcess } from './lib/bootstrap/run-service-process';
export { startEmbeddedDatabase, type EmbeddedDatabase } from './lib/embedded/embedded-database';

// Configuration, validated once at the composition root.
export { CONFIG_INVALID, parseConfig } from './lib/config/parse-config';
export { jsonSetting } from './lib/config/json-setting';
export { DEFAULT_BLOB_DIR, DEFAULT_DATABASE_URL, DEFAULT_HTTP_PORT, serviceProcessConfigSchema, type ServiceProcessConfig } from './lib/config/common-config';

// Persistence and messaging at run time.
export { openServiceDatabase, type MigrationClass, type ServiceDatabaseOptions } from './lib/database/open-service-database';
export { ServiceRuntime, type PendingMessage, type ServiceRuntimeParts } from './lib/runtime/service-runtime';
export type { BlobStore, StoredBlob } from './lib/blob-store/blob-store.port';
export { FileBlobStore } from './lib/blob-store/file-blob-store.adapter';

// Observability.
export { Metrics, LATENCY_BUCKETS_SECONDS } from './lib/metrics/metrics';
export { ReadinessRegistry, type ReadinessProbe } from './lib/nest/readiness-registry';
export { ObservabilityModule } from './lib/nest/observability.module';
export { JsonNestLogger } from './lib/nest/json-nest-logger';

// Authentication between the gateway and services that serve HTTP themselves.
export { CUSTOMER_TIERS, ROLES, signAccessToken, verifyAccessToken, type CustomerTier, type Principal, type Role } from './lib/auth/access-token';
export { ACCESS_TOKEN_SECRET, AccessTokenGuard, RequireRoles, type AuthenticatedRequest } from './lib/auth/access-token.guard';
