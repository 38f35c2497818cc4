// A local Zendesk Support API v2 for tests and demos. Explicit named exports only (STYLE.md).
export { startLocalZendesk, DEFAULT_LOCAL_ZENDESK_HOST, type LocalZendesk, type LocalZendeskOptions, type LoggedZendeskRequest } from './lib/local-zendesk';
export { LocalZendeskScript, type FaultOptions, type ScriptedFault, type ZendeskOperation } from './lib/script';
export { basicAuthorization, type ApiTokenCredential } from './lib/api-token-auth';
export { IDEMPOTENCY_KEY_TTL_MS } from './lib/idempotency-keys';
export type { ZendeskComment, ZendeskCustomField, ZendeskFieldError, ZendeskPriority, ZendeskStatus, ZendeskTicket } from './lib/wire';
