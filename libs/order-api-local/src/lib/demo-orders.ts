import type { LocalTenantOrder } from './local-order';

/**
 * Demo-like orders for the CLI: the customer's SW-10041 (shipped, with tracking), SW-10042
 * (delivered), SW-10043 (processing), SW-10044 (cancelled), and SW-10099 of another customer
 * of the same tenant, to show the refusal. The same numbers as the embedded demo's store in
 * generation (not imported: a testing lib may not depend on a service), so the same
 * questions work against either. Dates count from `today` (UTC day).
 */
export function localDemoOrders(tenantId: string, customerId: string, today: Date = new Date()): LocalTenantOrder[] {
  const at = (days: number, hour = 9): string => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour)).toISOString();
  const date = (days: number): string => at(days).slice(0, 10);
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  return [
    {
      tenantId, customerId, orderId: 'SW-10041', status: 'shipped', placedAt: at(-3, 14), updatedAt: at(-1, 8), carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784', estimatedDelivery: date(2),
      items: [{ name: 'Trailhead 2-person tent', quantity: 1 }, { name: 'Merino hiking socks', quantity: 2 }], total: usd(264.9),
    },
    {
      tenantId, customerId, orderId: 'SW-10042', status: 'delivered', placedAt: at(-16, 11), updatedAt: at(-11, 15), carrier: 'USPS',
      trackingNumber: '9400111899223197428490', items: [{ name: 'Stormline rain jacket', quantity: 1 }], total: usd(129),
    },
    {
      tenantId, customerId, orderId: 'SW-10043', status: 'processing', placedAt: at(-1, 19), estimatedDelivery: date(5),
      items: [{ name: 'Summit camping stove', quantity: 1 }, { name: 'Fuel canister 230 g', quantity: 3 }], total: usd(87.5),
    },
    {
      tenantId, customerId, orderId: 'SW-10044', status: 'cancelled', placedAt: at(-25, 10), updatedAt: at(-24, 9),
      items: [{ name: 'Ridge 45 L backpack', quantity: 1 }], total: usd(159),
    },
    {
      tenantId, customerId: `other-${customerId}`, orderId: 'SW-10099', status: 'out_for_delivery', placedAt: at(-2, 16),
      carrier: 'FedEx', trackingNumber: '794613212345', estimatedDelivery: date(0), items: [{ name: 'Down sleeping bag', quantity: 1 }], total: usd(219),
    },
  ];
}
