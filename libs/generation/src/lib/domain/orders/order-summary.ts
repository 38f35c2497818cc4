import type { OrderSummary } from '../model-provider.port';
import type { CustomerOrderView } from './customer-order-view';

/** What an agent taking over needs of an order the customer asked about (the handoff's shape). */
export function orderSummaryOf(view: CustomerOrderView): OrderSummary {
  return {
    orderId: view.orderId,
    status: view.status,
    ...(view.carrier === undefined ? {} : { carrier: view.carrier }),
    ...(view.trackingNumber === undefined ? {} : { trackingNumber: view.trackingNumber }),
    ...(view.estimatedDelivery === undefined ? {} : { estimatedDelivery: view.estimatedDelivery }),
  };
}
