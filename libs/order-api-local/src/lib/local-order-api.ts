import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerOrderRequest } from './answer-order-request';
import type { LocalTenantOrder } from './local-order';
import { LocalOrderApiScript } from './script';

/** Loopback only unless asked: the orders served are whatever the caller passed. */
export const DEFAULT_LOCAL_ORDER_API_HOST = '127.0.0.1';

export interface LocalOrderApiOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** When set, every order request must carry `authorization: Bearer <token>`. */
  readonly token?: string;
  /** Served as they are, `tenantId` removed: extra fields pass through, to test clients that must drop them. */
  readonly orders: readonly LocalTenantOrder[];
}

/** One request as the server received it, for assertions. */
export interface LoggedOrderRequest {
  readonly method: string;
  /** Path and query, as sent (still percent-encoded). */
  readonly path: string;
  readonly tenantId?: string;
  /** Undefined while pending, and for a request left hanging. */
  status?: number;
}

export interface LocalOrderApi {
  /** Base URL to configure as the Order API's (`GENERATION_ORDER_API_URL`). */
  readonly url: string;
  /** Every request so far, oldest first (a live view). */
  readonly requests: readonly LoggedOrderRequest[];
  readonly script: LocalOrderApiScript;
  /** Stops listening and drops open connections, hanging requests included. */
  close(): Promise<void>;
}

/**
 * A local server speaking the Order API the platform expects (docs/order-api.md):
 * `GET /orders/{orderId}` scoped by `x-tenant-id` (another tenant's order is a 404), bearer
 * authentication when a token is set, and scriptable failures, hangs and broken bodies.
 */
export async function startLocalOrderApi(options: LocalOrderApiOptions): Promise<LocalOrderApi> {
  const orders = new Map<string, Map<string, LocalTenantOrder>>();
  for (const order of options.orders) {
    const ofTenant = orders.get(order.tenantId) ?? new Map<string, LocalTenantOrder>();
    ofTenant.set(order.orderId, order);
    orders.set(order.tenantId, ofTenant);
  }
  const script = new LocalOrderApiScript();
  const log: LoggedOrderRequest[] = [];
  const context = { script, orders, token: options.token };

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const tenantId = req.headers['x-tenant-id'];
    const entry: LoggedOrderRequest = { method: req.method ?? '', path, ...(typeof tenantId === 'string' ? { tenantId } : {}) };
    log.push(entry);
    res.once('finish', () => {
      entry.status = res.statusCode;
    });
    req.resume();
    answerOrderRequest(context, req, res, new URL(path, 'http://local').pathname);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? DEFAULT_LOCAL_ORDER_API_HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    requests: log,
    script,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
