// A local Order API for tests and demos (docs/order-api.md). Explicit named exports only (STYLE.md).
export { startLocalOrderApi, DEFAULT_LOCAL_ORDER_API_HOST, type LocalOrderApi, type LocalOrderApiOptions, type LoggedOrderRequest } from './lib/local-order-api';
export { LocalOrderApiScript, type ScriptedAnswer } from './lib/script';
export type { LocalOrder, LocalTenantOrder } from './lib/local-order';
export { localDemoOrders } from './lib/demo-orders';
