import { parseOrderApiOrder } from './order-api-order.schema';

const valid = {
  orderId: 'SW-10041', customerId: 'cust-1', status: 'out_for_delivery', placedAt: '2025-03-07T14:00:00Z', updatedAt: '2025-03-09T08:00:00+01:00',
  carrier: 'UPS', trackingNumber: '1Z9', estimatedDelivery: '2025-03-12', items: [{ name: 'Tent', quantity: 1 }], total: { amount: 264.9, currency: 'USD' },
};

describe('parseOrderApiOrder', () => {
  it('reads a full order and drops every field the contract does not have', () => {
    const parsed = parseOrderApiOrder({ ...valid, shippingAddress: '1 Main St', items: [{ name: 'Tent', quantity: 1, sku: 'T-1' }], total: { ...valid.total, tax: 3 } });
    expect(parsed).toEqual({ ok: true, order: valid });
  });

  it('reads null optional fields as absent, and a date-time as an estimated delivery', () => {
    const parsed = parseOrderApiOrder({ ...valid, updatedAt: null, carrier: null, trackingNumber: null, total: null, estimatedDelivery: '2025-03-12T18:00:00Z' });
    expect(parsed.ok && parsed.order).toEqual({ ...valid, updatedAt: undefined, carrier: undefined, trackingNumber: undefined, total: undefined, estimatedDelivery: '2025-03-12T18:00:00Z' });
    expect(JSON.stringify(parsed.ok && parsed.order)).not.toContain('null');
  });

  it.each([
    ['an unknown status', { status: 'lost' }, 'status'],
    ['no customer id', { customerId: undefined }, 'customerId'],
    ['a date that is not ISO', { placedAt: '07/03/2025' }, 'placedAt'],
    ['a fractional quantity', { items: [{ name: 'Tent', quantity: 1.5 }] }, 'items'],
    ['a currency that is not a code', { total: { amount: 1, currency: 'dollars' } }, 'ISO 4217'],
  ])('refuses %s, naming the field', (_case, change, named) => {
    const parsed = parseOrderApiOrder({ ...valid, ...change });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(named);
  });

  it('refuses what is not an object', () => {
    expect(parseOrderApiOrder([valid]).ok).toBe(false);
    expect(parseOrderApiOrder(null).ok).toBe(false);
  });
});
