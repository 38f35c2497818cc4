import { runOrderStatusTool } from '../../domain/orders/order-status.tool';
import { DEMO_OTHER_CUSTOMER_ID, DEMO_OTHER_CUSTOMER_ORDER_ID, DemoOrderStore, demoOrderCatalogue, demoOrders } from './demo-order-store';

const TODAY = new Date('2025-03-10T18:30:00Z');
const call = (orderId: string) => ({ id: 'x', name: 'get_order_status', input: { orderId }, rawInput: JSON.stringify({ orderId }) });

describe('demoOrders', () => {
  it('is the same on every call for the same day, and one order per state of interest', () => {
    const orders = demoOrders('t1', 'c1', TODAY);
    expect(demoOrders('t1', 'c1', new Date('2025-03-10T01:00:00Z'))).toEqual(orders);
    expect(orders.map((o) => [o.orderId, o.status])).toEqual([
      ['SW-10041', 'shipped'], ['SW-10042', 'delivered'], ['SW-10043', 'processing'], ['SW-10044', 'cancelled'], ['SW-10099', 'out_for_delivery'],
    ]);
    expect(orders[0]).toMatchObject({ tenantId: 't1', carrier: 'UPS', trackingNumber: expect.any(String) as string, estimatedDelivery: '2025-03-12', placedAt: '2025-03-07T14:00:00.000Z' });
    expect(orders.filter((o) => o.customerId !== 'c1').map((o) => [o.orderId, o.customerId])).toEqual([[DEMO_OTHER_CUSTOMER_ORDER_ID, DEMO_OTHER_CUSTOMER_ID]]);
  });
});

describe('DemoOrderStore of plain orders', () => {
  const store = new DemoOrderStore([...demoOrders('t1', 'c1', TODAY), ...demoOrders('t2', 'c9', TODAY).slice(0, 1)]);

  it('finds an order of the tenant, without the tenant id', async () => {
    const order = await store.find({ tenantId: 't1', orderId: 'SW-10042' });
    expect(order).toMatchObject({ orderId: 'SW-10042', customerId: 'c1', status: 'delivered' });
    expect(order).not.toHaveProperty('tenantId');
  });

  it('keeps tenants apart and matches numbers exactly', async () => {
    expect(await store.find({ tenantId: 't2', orderId: 'SW-10042' })).toBeUndefined();
    expect((await store.find({ tenantId: 't2', orderId: 'SW-10041', customerId: 'c1' }))?.customerId).toBe('c9');
    expect(await store.find({ tenantId: 't1', orderId: 'sw-10041' })).toBeUndefined();
  });
});

describe('DemoOrderStore of the demo catalogue', () => {
  const store = new DemoOrderStore([...demoOrderCatalogue(TODAY), ...demoOrders('t-own', 'c-own', TODAY).slice(0, 1)]);

  it("gives the sample orders to whoever asks, in any tenant, but SW-10099 stays another customer's", async () => {
    expect(await store.find({ tenantId: 'any', orderId: 'SW-10043', customerId: 'demo-1234' })).toMatchObject({ customerId: 'demo-1234', status: 'processing' });
    expect(await store.find({ tenantId: 'any', orderId: DEMO_OTHER_CUSTOMER_ORDER_ID, customerId: 'demo-1234' })).toMatchObject({ customerId: DEMO_OTHER_CUSTOMER_ID });
  });

  it('gives no sample order when nobody is named, and prefers a tenant of its own', async () => {
    expect(await store.find({ tenantId: 'any', orderId: 'SW-10041' })).toBeUndefined();
    expect((await store.find({ tenantId: 't-own', orderId: 'SW-10041', customerId: 'demo-1234' }))?.customerId).toBe('c-own');
  });

  it("lets the tool show a visitor's order and refuse another customer's", async () => {
    const visitor = { tenantId: 'demo-tenant', customerId: 'demo-5678' };
    expect((await runOrderStatusTool(store, visitor, call('#SW-10041'))).outcome).toBe('found');
    const refused = await runOrderStatusTool(store, visitor, call(DEMO_OTHER_CUSTOMER_ORDER_ID));
    expect(refused.outcome).toBe('not_found');
    expect(refused.text).not.toContain('sleeping bag');
    expect((await runOrderStatusTool(store, visitor, call('SW-77777'))).outcome).toBe('not_found');
  });
});
