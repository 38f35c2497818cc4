import { networkErrorCode, redactSecrets } from '@sagewire/errors';
import type { Order, OrderLookup, OrderQuery } from '../../domain/orders/order';
import { ORDER_LOOKUP_ERROR, orderLookupError, type OrderLookupErrorCode } from '../../domain/orders/order-errors';
import { parseOrderApiOrder } from './order-api-order.schema';

export const DEFAULT_ORDER_API_TIMEOUT_MS = 5_000;
export const DEFAULT_ORDER_API_AUTH_HEADER = 'authorization';

export interface HttpOrderApiOptions {
  /** API root; orders are read at `{baseUrl}/orders/{orderId}`. */
  readonly baseUrl: string;
  /** One credential header, e.g. `{ value: 'Bearer …' }` or `{ header: 'x-api-key', value: '…' }`; never appears in an error. */
  readonly auth?: { readonly header?: string; readonly value: string };
  /** Per lookup, headers and body included. */
  readonly timeoutMs?: number;
}

/**
 * The company's Order API over HTTP (contract: docs/order-api.md):
 * `GET {baseUrl}/orders/{orderId}` with `accept: application/json`, the credential header and
 * `x-tenant-id`. 200 → the order (validated; unknown fields dropped), 404 → undefined,
 * 401/403 → ORDER_API_MISCONFIGURED, 408/429/5xx/network/timeout → ORDER_API_UNAVAILABLE
 * (retriable), a bad body or any other status → ORDER_API_INVALID_RESPONSE.
 */
export class HttpOrderApi implements OrderLookup {
  private readonly root: string;
  /** `root` without any user:password part, for messages. */
  private readonly shownRoot: string;
  private readonly secrets: readonly string[];

  constructor(private readonly options: HttpOrderApiOptions) {
    this.root = options.baseUrl.replace(/\/+$/, '');
    const shown = new URL(this.root);
    shown.username = '';
    shown.password = '';
    this.shownRoot = shown.toString().replace(/\/+$/, '');
    const value = options.auth?.value ?? '';
    // The whole value and its token part ("Bearer xyz" → "xyz"): a server may echo either.
    this.secrets = [value, ...value.split(/\s+/).slice(1)].filter((s) => s.length > 0);
  }

  async find(query: OrderQuery, signal?: AbortSignal): Promise<Order | undefined> {
    // `/orders/` would name the collection, not an order.
    if (query.orderId.length === 0) return undefined;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_ORDER_API_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let body: string;
    try {
      response = await fetch(`${this.root}/orders/${encodeURIComponent(query.orderId)}`, {
        method: 'GET',
        headers: { accept: 'application/json', 'x-tenant-id': query.tenantId, ...this.authHeader() },
        // A redirect could carry a custom credential header to another host; the URL must be final.
        redirect: 'manual',
        signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
      });
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) throw this.error(ORDER_LOOKUP_ERROR.UNAVAILABLE, `no answer within ${timeoutMs} ms`, { reason: 'timeout' });
      const network = networkErrorCode(error);
      throw this.error(ORDER_LOOKUP_ERROR.UNAVAILABLE, `request failed (${network ?? (error instanceof Error ? error.message : String(error))})`, { reason: 'network', ...(network ? { networkCode: network } : {}) });
    }
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.statusError(response, body);
    return this.readOrder(body);
  }

  private authHeader(): Record<string, string> {
    const auth = this.options.auth;
    return auth === undefined ? {} : { [auth.header ?? DEFAULT_ORDER_API_AUTH_HEADER]: auth.value };
  }

  private statusError(response: Response, body: string): Error {
    const status = response.status;
    const code: OrderLookupErrorCode =
      status === 401 || status === 403 ? ORDER_LOOKUP_ERROR.MISCONFIGURED
      : status === 408 || status === 429 || status >= 500 ? ORDER_LOOKUP_ERROR.UNAVAILABLE
      : ORDER_LOOKUP_ERROR.INVALID_RESPONSE;
    const retryAfter = Number(response.headers.get('retry-after'));
    const hint = code === ORDER_LOOKUP_ERROR.MISCONFIGURED ? ' (check GENERATION_ORDER_API_AUTH_HEADER and GENERATION_ORDER_API_AUTH_VALUE)' : '';
    return this.error(code, `HTTP ${status}${hint}: ${serverMessage(body)}`, { httpStatus: status, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) });
  }

  private readOrder(body: string): Order {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // The body is not quoted: it may hold customer data, and this message is logged.
      throw this.error(ORDER_LOOKUP_ERROR.INVALID_RESPONSE, `answered 200 with a body that is not JSON (${body.length} characters)`);
    }
    const parsed = parseOrderApiOrder(json);
    if (!parsed.ok) throw this.error(ORDER_LOOKUP_ERROR.INVALID_RESPONSE, `answered 200 with an order that breaks the contract: ${parsed.problem}`);
    return parsed.order;
  }

  // No `cause`: a driver's error object may carry request details that a logger would print.
  private error(code: OrderLookupErrorCode, reason: string, details: Record<string, unknown> = {}): Error {
    return orderLookupError(code, redactSecrets(`order API at ${this.shownRoot} failed: ${reason}`, this.secrets), { provider: 'order-api', ...details });
  }
}

/** A `{ error: { message } }` or `{ message }` body, or the start of whatever else the server said. */
function serverMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === 'object' ? parsed.error?.message : (parsed.error ?? parsed.message);
    if (typeof message === 'string') return message.slice(0, 200);
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.slice(0, 200) || '(empty body)';
}
