import { z } from 'zod';

/** Defaults are named so the embedded mode needs no variable at all (STYLE.md, "Configuration"). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
export const DEFAULT_RETENTION_DAYS = 90;
export const DEFAULT_ANSWER_TIMEOUT_MS = 60_000;
export const DEFAULT_SSE_HEARTBEAT_MS = 15_000;
export const DEFAULT_STREAM_BUFFER_MS = 60_000;
/** How long a ticket event that overtook an earlier one waits for it on the conversation stream. */
export const DEFAULT_TICKET_ORDER_GRACE_MS = 2_000;
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TENANT_DAILY_TOKENS = 1_000_000;
export const DEFAULT_USER_DAILY_TOKENS = 200_000;
export const DEFAULT_BUDGET_HOLD_SECONDS = 600;
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;
export const DEFAULT_ACCESS_TOKEN_MAX_TTL_SECONDS = 86_400;

const positiveInt = z.coerce.number().int().positive();

/** The gateway's own environment variables, parsed once in `gatewayService.module()`. */
export const gatewayConfigSchema = z.object({
  /** Unset disables `POST /v1/tenants`: nobody can create tenants over HTTP. */
  SAGEWIRE_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  GATEWAY_RATE_LIMIT_PER_MINUTE: positiveInt.default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  GATEWAY_RETENTION_DAYS: positiveInt.default(DEFAULT_RETENTION_DAYS),
  GATEWAY_ANSWER_TIMEOUT_MS: positiveInt.default(DEFAULT_ANSWER_TIMEOUT_MS),
  GATEWAY_SSE_HEARTBEAT_MS: positiveInt.default(DEFAULT_SSE_HEARTBEAT_MS),
  GATEWAY_STREAM_BUFFER_MS: positiveInt.default(DEFAULT_STREAM_BUFFER_MS),
  GATEWAY_TICKET_ORDER_GRACE_MS: positiveInt.default(DEFAULT_TICKET_ORDER_GRACE_MS),
  GATEWAY_MAX_DOCUMENT_BYTES: positiveInt.default(DEFAULT_MAX_DOCUMENT_BYTES),
  GATEWAY_TENANT_DAILY_TOKENS: positiveInt.default(DEFAULT_TENANT_DAILY_TOKENS),
  GATEWAY_USER_DAILY_TOKENS: positiveInt.default(DEFAULT_USER_DAILY_TOKENS),
  GATEWAY_BUDGET_HOLD_SECONDS: positiveInt.default(DEFAULT_BUDGET_HOLD_SECONDS),
  GATEWAY_ACCESS_TOKEN_TTL_SECONDS: positiveInt.default(DEFAULT_ACCESS_TOKEN_TTL_SECONDS),
  GATEWAY_ACCESS_TOKEN_MAX_TTL_SECONDS: positiveInt.default(DEFAULT_ACCESS_TOKEN_MAX_TTL_SECONDS),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** Nest injection token of the parsed `GatewayConfig`. */
export const GATEWAY_CONFIG = Symbol('gateway-config');
