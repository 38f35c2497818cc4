/**
 * An order as the Order API serves it (docs/order-api.md). Kept here rather than imported
 * from generation: a testing lib may not depend on a service, and the API's shape is the
 * contract both sides are written against.
 */
export interface LocalOrder {
  readonly orderId: string;
  readonly customerId: string;
  readonly status: 'pending' | 'processing' | 'shipped' | 'out_for_delivery' | 'delivered' | 'cancelled' | 'returned';
  readonly placedAt: string;
  readonly updatedAt?: string;
  readonly carrier?: string;
  readonly trackingNumber?: string;
  readonly estimatedDelivery?: string;
  readonly items: readonly { readonly name: string; readonly quantity: number }[];
  readonly total?: { readonly amount: number; readonly currency: string };
}

/** An order and the tenant whose `x-tenant-id` may read it. */
export type LocalTenantOrder = LocalOrder & { readonly tenantId: string };
