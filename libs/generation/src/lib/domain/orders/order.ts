/**
 * A customer's order as the company's order system knows it, and the port the generation
 * service reads orders through. Only `order-status.tool.ts` decides what of an order the
 * model (and so the customer) may see.
 */

/** Where an order is in its life; the order system's own states map onto these. */
export const ORDER_STATUSES = ['pending', 'processing', 'shipped', 'out_for_delivery', 'delivered', 'cancelled', 'returned'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderItem {
  readonly name: string;
  readonly quantity: number;
}

export interface Money {
  readonly amount: number;
  /** ISO 4217 code, e.g. `EUR`. */
  readonly currency: string;
}

export interface Order {
  readonly orderId: string;
  /** Who placed it: compared exactly with the signed-in customer, never shown. */
  readonly customerId: string;
  readonly status: OrderStatus;
  /** ISO 8601 date-time. */
  readonly placedAt: string;
  /** ISO 8601 date-time of the last status change. */
  readonly updatedAt?: string;
  readonly carrier?: string;
  readonly trackingNumber?: string;
  /** ISO 8601 date (`YYYY-MM-DD`). */
  readonly estimatedDelivery?: string;
  readonly items: readonly OrderItem[];
  readonly total?: Money;
}

/** One lookup: an order number within one tenant (company), asked by one customer. */
export interface OrderQuery {
  readonly tenantId: string;
  readonly orderId: string;
  /**
   * The signed-in customer asking. Order systems that answer per tenant (the Order API) do not
   * use it; the demo store does, to hand its sample orders to whoever asks.
   */
  readonly customerId?: string;
}

/**
 * Reads one order of a tenant. Resolves `undefined` when the tenant has no such order; rejects
 * with an `AppError` (codes in `order-errors.ts`) when the order system cannot answer. It need
 * not check who asks: the caller compares the order's `customerId` with the signed-in customer.
 * When `signal` aborts, the lookup stops and rejects with the signal's reason.
 */
export interface OrderLookup {
  find(query: OrderQuery, signal?: AbortSignal): Promise<Order | undefined>;
}
