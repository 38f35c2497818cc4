import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalTenantOrder } from './local-order';
import type { LocalOrderApiScript } from './script';

export interface OrderRouteContext {
  readonly script: LocalOrderApiScript;
  /** Keyed by tenant, then order number. */
  readonly orders: ReadonlyMap<string, ReadonlyMap<string, LocalTenantOrder>>;
  readonly token: string | undefined;
}

const ORDER_PATH = /^\/orders\/([^/]+)$/;

/** Answers one request as the Order API contract says, or as the script says first. */
export function answerOrderRequest(context: OrderRouteContext, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const matched = ORDER_PATH.exec(pathname);
  if (matched === null) return sendError(res, 404, `No route at ${pathname}; orders are at /orders/{orderId}.`);
  if (req.method !== 'GET') return sendError(res, 405, `Use GET for ${pathname}.`, { allow: 'GET' });

  const scripted = context.script.take();
  if (scripted?.kind === 'hang') return; // left open until the client gives up or the server closes
  if (scripted?.kind === 'fail') return sendError(res, scripted.status, `Scripted failure ${scripted.status}.`, scripted.status === 429 ? { 'retry-after': '1' } : {});
  if (scripted?.kind === 'invalidBody') return send(res, 200, '{"orderId": "SW-', {});

  const presented = req.headers.authorization;
  if (context.token !== undefined && presented !== `Bearer ${context.token}`) {
    // Echoes what arrived, as some real APIs do: the client must keep it out of its own errors.
    return sendError(res, 401, `Expected "authorization: Bearer <token>"; got ${presented === undefined ? 'no authorization header' : JSON.stringify(presented)}.`);
  }
  const tenantId = req.headers['x-tenant-id'];
  if (typeof tenantId !== 'string' || tenantId.length === 0) return sendError(res, 400, 'The x-tenant-id header is required.');

  let orderId: string;
  try {
    orderId = decodeURIComponent(matched[1]!);
  } catch {
    return sendError(res, 400, 'The order number is not a valid URL path segment.');
  }
  const found = context.orders.get(tenantId)?.get(orderId);
  if (found === undefined) return sendError(res, 404, `No order ${orderId}.`);
  const { tenantId: _tenant, ...order } = found;
  return send(res, 200, JSON.stringify(order), {});
}

function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  return send(res, status, JSON.stringify({ error: { message } }), headers);
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
}
