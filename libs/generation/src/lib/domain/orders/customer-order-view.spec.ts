import { toCustomerOrderView } from './customer-order-view';
import type { Order } from './order';

const order: Order = {
  orderId: 'SW-1', customerId: 'cust-1', status: 'shipped', placedAt: '2025-01-02T10:00:00Z', updatedAt: '2025-01-03T08:00:00Z',
  carrier: 'DHL', trackingNumber: 'JD0001', estimatedDelivery: '2025-01-06', items: [{ name: 'Tent', quantity: 1 }], total: { amount: 199.5, currency: 'EUR' },
};

describe('toCustomerOrderView', () => {
  it('keeps every visible field and drops the customer id', () => {
    const { customerId: _hidden, ...visible } = order;
    expect(toCustomerOrderView(order)).toEqual(visible);
  });

  it('passes on no property it does not know, at any depth (objects carry more than their type says)', () => {
    const carrying = {
      ...order, internalNotes: 'fraud check', customerEmail: 'a@example.com',
      items: [{ name: 'Tent', quantity: 1, costPrice: 80 }], total: { amount: 1, currency: 'EUR', margin: 0.4 },
    };
    const text = JSON.stringify(toCustomerOrderView(carrying));
    for (const secret of ['cust-1', 'internalNotes', 'customerEmail', 'costPrice', 'margin']) expect(text).not.toContain(secret);
  });

  it('leaves absent optional fields out rather than null', () => {
    const bare: Order = { orderId: 'SW-2', customerId: 'c', status: 'pending', placedAt: '2025-01-02T10:00:00Z', items: [] };
    expect(toCustomerOrderView(bare)).toEqual({ orderId: 'SW-2', status: 'pending', placedAt: '2025-01-02T10:00:00Z', items: [] });
  });
});
