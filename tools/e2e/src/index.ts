// The e2e harness for reuse outside Jest (tools/bench). Explicit named exports only (STYLE.md).
export { GatewayClient } from './harness/gateway-client';
export type { Tenant } from './harness/gateway-client';
export { Platform } from './harness/platform';
export type { PlatformOptions } from './harness/platform';
export { ServiceProcess } from './harness/service-process';
export { readSse } from './harness/sse';
export type { SseEvent } from './harness/sse';
