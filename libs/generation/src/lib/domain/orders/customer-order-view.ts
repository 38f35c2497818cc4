import type { Order, OrderItem, Money, OrderStatus } from './order';

/** What a customer may see of their own order: no customer id, nothing internal. */
export interface CustomerOrderView {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly placedAt: string;
  readonly updatedAt?: string;
  readonly carrier?: string;
  readonly trackingNumber?: string;
  readonly estimatedDelivery?: string;
  readonly items: readonly OrderItem[];
  readonly total?: Money;
}

/**
 * Copies the visible fields one by one (an allow-list, not a spread), so a field an adapter or
 * a future `Order` adds, or an extra property an object happens to carry, never reaches the
 * model unless it is added here on purpose.
 */
export function toCustomerOrderView(order: Order): CustomerOrderView {
  return {
    orderId: order.orderId,
    status: order.status,
    placedAt: order.placedAt,
    ...optional('updatedAt', order.updatedAt),
    ...optional('carrier', order.carrier),
    ...optional('trackingNumber', order.trackingNumber),
    ...optional('estimatedDelivery', order.estimatedDelivery),
    items: order.items.map((item) => ({ name: item.name, quantity: item.quantity })),
    ...(order.total === undefined ? {} : { total: { amount: order.total.amount, currency: order.total.currency } }),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
