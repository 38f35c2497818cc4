import type { Order, OrderLookup, OrderQuery } from '../../domain/orders/order';

/** An order with the tenant (company) it belongs to. */
export type TenantOrder = Order & { readonly tenantId: string };

/** In a demo entry, stands for every tenant: the embedded demo's tenant is created at run time. */
export const ANY_TENANT: unique symbol = Symbol('any tenant');
/** In a demo entry, stands for whoever asks: demo visitors get a fresh customer id per visit. */
export const ASKING_CUSTOMER: unique symbol = Symbol('the asking customer');

/** A stored order; a `TenantOrder` is one, a sample order of the demo may use the two stand-ins. */
export type DemoOrderEntry = Omit<Order, 'customerId'> & {
  readonly tenantId: string | typeof ANY_TENANT;
  readonly customerId: string | typeof ASKING_CUSTOMER;
};

/**
 * Orders held in memory: the embedded demo's order system when no Order API is configured, and
 * a fake for tests of code above the port. Order numbers match exactly; an entry of a named
 * tenant wins over an `ANY_TENANT` one. An `ASKING_CUSTOMER` order is returned as the asking
 * customer's (none when no customer asks), so the tool's ownership check still decides.
 */
export class DemoOrderStore implements OrderLookup {
  private readonly byTenant = new Map<string, DemoOrderEntry>();
  private readonly ofAnyTenant = new Map<string, DemoOrderEntry>();

  constructor(entries: readonly DemoOrderEntry[]) {
    for (const entry of entries) {
      if (entry.tenantId === ANY_TENANT) this.ofAnyTenant.set(entry.orderId, entry);
      else this.byTenant.set(key(entry.tenantId, entry.orderId), entry);
    }
  }

  find(query: OrderQuery, signal?: AbortSignal): Promise<Order | undefined> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    const entry = this.byTenant.get(key(query.tenantId, query.orderId)) ?? this.ofAnyTenant.get(query.orderId);
    if (entry === undefined) return Promise.resolve(undefined);
    const { tenantId: _tenant, customerId, ...order } = entry;
    if (customerId !== ASKING_CUSTOMER) return Promise.resolve({ ...order, customerId });
    return Promise.resolve(query.customerId ? { ...order, customerId: query.customerId } : undefined);
  }
}

/** NUL cannot appear in either id, so no two (tenant, order) pairs share a key. */
const key = (tenantId: string, orderId: string): string => `${tenantId}\u0000${orderId}`;

/** The demo order of another customer: here so the refusal can be shown. */
export const DEMO_OTHER_CUSTOMER_ORDER_ID = 'SW-10099';
/** Its owner; demo visitors are `demo-<uuid>`, so never them. */
export const DEMO_OTHER_CUSTOMER_ID = 'demo-other-customer';

/**
 * The embedded demo's orders, in every tenant: SW-10041 shipped with tracking, SW-10042
 * delivered, SW-10043 processing, SW-10044 cancelled, all of whoever asks, and SW-10099 of
 * another customer. Same numbers and contents on every call; dates count from `today` (UTC
 * day) so an estimated delivery is not in the past during a demo.
 */
export function demoOrderCatalogue(today: Date = new Date()): DemoOrderEntry[] {
  const at = (days: number, hour = 9): string => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour)).toISOString();
  const date = (days: number): string => at(days).slice(0, 10);
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const mine = { tenantId: ANY_TENANT, customerId: ASKING_CUSTOMER } as const;
  return [
    {
      ...mine, orderId: 'SW-10041', status: 'shipped', placedAt: at(-3, 14), updatedAt: at(-1, 8), carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784', estimatedDelivery: date(2),
      items: [{ name: 'Trailhead 2-person tent', quantity: 1 }, { name: 'Merino hiking socks', quantity: 2 }], total: usd(264.9),
    },
    {
      ...mine, orderId: 'SW-10042', status: 'delivered', placedAt: at(-16, 11), updatedAt: at(-11, 15), carrier: 'USPS',
      trackingNumber: '9400111899223197428490', items: [{ name: 'Stormline rain jacket', quantity: 1 }], total: usd(129),
    },
    {
      ...mine, orderId: 'SW-10043', status: 'processing', placedAt: at(-1, 19), estimatedDelivery: date(5),
      items: [{ name: 'Summit camping stove', quantity: 1 }, { name: 'Fuel canister 230 g', quantity: 3 }], total: usd(87.5),
    },
    {
      ...mine, orderId: 'SW-10044', status: 'cancelled', placedAt: at(-25, 10), updatedAt: at(-24, 9),
      items: [{ name: 'Ridge 45 L backpack', quantity: 1 }], total: usd(159),
    },
    {
      tenantId: ANY_TENANT, customerId: DEMO_OTHER_CUSTOMER_ID, orderId: DEMO_OTHER_CUSTOMER_ORDER_ID, status: 'out_for_delivery', placedAt: at(-2, 16),
      carrier: 'FedEx', trackingNumber: '794613212345', estimatedDelivery: date(0), items: [{ name: 'Down sleeping bag', quantity: 1 }], total: usd(219),
    },
  ];
}

/** The demo's orders as plain orders of one tenant and customer (SW-10099 stays another customer's). */
export function demoOrders(tenantId: string, customerId: string, today: Date = new Date()): TenantOrder[] {
  return demoOrderCatalogue(today).map((entry) => ({ ...entry, tenantId, customerId: entry.customerId === ASKING_CUSTOMER ? customerId : entry.customerId }));
}
