import { AppError } from '@sagewire/errors';
import type { ToolCall } from '../chat/chat-model.port';
import type { Order, OrderLookup, OrderQuery } from './order';
import { NOT_FOUND_MESSAGE, ORDER_STATUS_TOOL, UNAVAILABLE_MESSAGE, runOrderStatusTool } from './order-status.tool';

const TENANT = 'tenant-a';
const mine: Order = {
  orderId: 'SW-10041', customerId: 'cust-1', status: 'shipped', placedAt: '2025-01-02T10:00:00Z', carrier: 'DHL',
  trackingNumber: 'JD0001', estimatedDelivery: '2025-01-06', items: [{ name: 'Tent', quantity: 1 }], total: { amount: 199.5, currency: 'EUR' },
};
const theirs: Order = { orderId: 'SW-10099', customerId: 'cust-2', status: 'processing', placedAt: '2025-01-05T10:00:00Z', items: [{ name: 'Stove', quantity: 2 }] };

/** An in-memory lookup that records its queries. */
const fakeLookup = (orders: readonly Order[]) => {
  const queries: OrderQuery[] = [];
  const lookup: OrderLookup = {
    find: (query) => {
      queries.push(query);
      return Promise.resolve(orders.find((o) => o.orderId === query.orderId));
    },
  };
  return { lookup, queries };
};
const call = (input: Record<string, unknown> | undefined): ToolCall => ({ id: 't1', name: 'get_order_status', input, rawInput: JSON.stringify(input) ?? '' });
const signedIn = { tenantId: TENANT, customerId: 'cust-1' };

describe('ORDER_STATUS_TOOL', () => {
  it('asks for exactly one string orderId', () => {
    expect(ORDER_STATUS_TOOL.name).toBe('get_order_status');
    expect(ORDER_STATUS_TOOL.inputSchema).toMatchObject({ type: 'object', required: ['orderId'], additionalProperties: false, properties: { orderId: { type: 'string' } } });
  });
});

describe('runOrderStatusTool', () => {
  it("shows the customer's own order, looked up in the caller's tenant, without any customer id", async () => {
    const { lookup, queries } = fakeLookup([mine, theirs]);
    const result = await runOrderStatusTool(lookup, signedIn, call({ orderId: '#SW-10041' }));
    expect(queries).toEqual([{ tenantId: TENANT, orderId: 'SW-10041', customerId: 'cust-1' }]);
    const { customerId: _hidden, ...visible } = mine;
    expect(result).toEqual({ text: expect.any(String) as string, isError: false, outcome: 'found', view: visible });
    expect(JSON.parse(result.text)).toEqual({ found: true, ...visible });
    expect(result.view).not.toHaveProperty('customerId');
    expect(result.text).not.toContain('cust-1');
  });

  it("answers another customer's order exactly as a missing one", async () => {
    const { lookup } = fakeLookup([mine, theirs]);
    const other = await runOrderStatusTool(lookup, signedIn, call({ orderId: 'SW-10099' }));
    const missing = await runOrderStatusTool(fakeLookup([mine]).lookup, signedIn, call({ orderId: 'SW-10099' }));
    expect(other).toEqual(missing);
    expect(other).toEqual({ text: JSON.stringify({ found: false, orderId: 'SW-10099', message: NOT_FOUND_MESSAGE }), isError: false, outcome: 'not_found' });
    for (const secret of ['cust-2', 'processing', 'Stove']) expect(other.text).not.toContain(secret);
  });

  it('compares customer ids exactly', async () => {
    const { lookup } = fakeLookup([mine]);
    for (const customerId of ['CUST-1', 'cust-1 ', 'cust-10', 'cust']) {
      expect((await runOrderStatusTool(lookup, { tenantId: TENANT, customerId }, call({ orderId: 'SW-10041' }))).outcome).toBe('not_found');
    }
  });

  it.each([undefined, ''])('asks an anonymous customer (%j) to sign in, without looking anything up', async (customerId) => {
    const { lookup, queries } = fakeLookup([{ ...mine, customerId: '' }]);
    const result = await runOrderStatusTool(lookup, { tenantId: TENANT, customerId }, call({ orderId: 'SW-10041' }));
    expect(result).toMatchObject({ isError: false, outcome: 'not_signed_in' });
    expect(JSON.parse(result.text)).toMatchObject({ found: false, reason: 'not_signed_in', message: expect.stringContaining('sign in') as string });
    expect(queries).toEqual([]);
  });

  it('tells the model how to call it when the arguments are wrong, without looking anything up', async () => {
    const { lookup, queries } = fakeLookup([mine]);
    const result = await runOrderStatusTool(lookup, signedIn, call({ order: 'SW-10041' }));
    expect(result).toMatchObject({ isError: true, outcome: 'invalid_arguments' });
    expect(result.text).toMatch(/^Invalid arguments \(orderId is missing\): expected \{"orderId": "<order number>"\}.*; got \{"order":"SW-10041"\}$/);
    expect(queries).toEqual([]);
  });

  it('turns an outage into an error result for the model and a failure for the log, without throwing', async () => {
    const down: OrderLookup = { find: () => Promise.reject(new AppError('GENERATION.ORDER_API_UNAVAILABLE', 'HTTP 503', { retriable: true })) };
    const result = await runOrderStatusTool(down, signedIn, call({ orderId: 'SW-10041' }));
    expect(result).toEqual({
      text: UNAVAILABLE_MESSAGE, isError: true, outcome: 'unavailable',
      failure: { code: 'GENERATION.ORDER_API_UNAVAILABLE', retriable: true, message: 'HTTP 503' },
    });
  });

  it("rejects with the caller's abort reason instead of reporting an outage", async () => {
    const controller = new AbortController();
    const hanging: OrderLookup = {
      find: (_query, signal) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted inside')))),
    };
    const running = runOrderStatusTool(hanging, signedIn, call({ orderId: 'SW-10041' }), controller.signal);
    const reason = new Error('conversation closed');
    controller.abort(reason);
    await expect(running).rejects.toBe(reason);
  });
});
