import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppError } from '@sagewire/errors';
import { startLocalOrderApi, type LocalOrderApi, type LocalTenantOrder } from '@sagewire/order-api-local';
import { HttpOrderApi } from './http-order-api.adapter';

const TOKEN = 'order-api-secret-token-4711';
const shipped: LocalTenantOrder = {
  tenantId: 'tenant-a', orderId: 'SW-10041', customerId: 'cust-1', status: 'shipped', placedAt: '2025-03-07T14:00:00.000Z',
  updatedAt: '2025-03-09T08:00:00.000Z', carrier: 'UPS', trackingNumber: '1Z999AA10123456784', estimatedDelivery: '2025-03-12',
  items: [{ name: 'Tent', quantity: 1 }], total: { amount: 264.9, currency: 'USD' },
};
/** Carries fields the contract does not have, as a real order system's answer would. */
const withInternals = { ...shipped, orderId: 'SW #7', internalNotes: 'fraud check passed', items: [{ name: 'Stove', quantity: 1, costPrice: 30 }] };
/** Breaks the contract: a status the platform does not know. */
const unknownStatus = { ...shipped, orderId: 'SW-BAD', status: 'lost_in_space' } as unknown as LocalTenantOrder;

const errorOf = (promise: Promise<unknown>): Promise<AppError> =>
  promise.then(() => { throw new Error('expected the lookup to fail'); }, (error: unknown) => error as AppError);

describe('HttpOrderApi against the local Order API', () => {
  let server: LocalOrderApi;
  let api: HttpOrderApi;
  const find = (orderId: string, tenantId = 'tenant-a') => api.find({ tenantId, orderId });

  beforeAll(async () => {
    server = await startLocalOrderApi({ token: TOKEN, orders: [shipped, withInternals, unknownStatus] });
    api = new HttpOrderApi({ baseUrl: `${server.url}/`, auth: { value: `Bearer ${TOKEN}` }, timeoutMs: 1_000 });
  });
  afterEach(() => server.script.reset());
  afterAll(() => server.close());

  it('reads an order, sending the tenant and the credential', async () => {
    const { tenantId: _tenant, ...order } = shipped;
    expect(await find('SW-10041')).toEqual(order);
    expect(server.requests.at(-1)).toEqual({ method: 'GET', path: '/orders/SW-10041', tenantId: 'tenant-a', status: 200 });
  });

  it('encodes the order number and drops fields the contract does not have', async () => {
    const order = await find('SW #7');
    expect(server.requests.at(-1)?.path).toBe('/orders/SW%20%237');
    expect(order?.items).toEqual([{ name: 'Stove', quantity: 1 }]);
    expect(JSON.stringify(order)).not.toMatch(/internalNotes|costPrice|tenantId/);
  });

  it("resolves undefined for a missing order and for another tenant's", async () => {
    expect(await find('SW-00000')).toBeUndefined();
    expect(await find('SW-10041', 'tenant-b')).toBeUndefined();
    expect(server.requests.at(-1)).toMatchObject({ tenantId: 'tenant-b', status: 404 });
  });

  it('reports a refused credential as misconfiguration, without the credential', async () => {
    const wrong = new HttpOrderApi({ baseUrl: server.url, auth: { header: 'authorization', value: 'Bearer wrong-token-1234' } });
    const error = await errorOf(wrong.find({ tenantId: 'tenant-a', orderId: 'SW-10041' }));
    expect(error).toMatchObject({ code: 'GENERATION.ORDER_API_MISCONFIGURED', retriable: false, details: { httpStatus: 401 } });
    // The local server echoes the credential it got; the adapter must not pass it on.
    expect(error.message).toContain('HTTP 401');
    expect(error.message).not.toContain('wrong-token-1234');
  });

  it.each([500, 503, 429])('reports HTTP %i as a retriable outage', async (status) => {
    server.script.failNext(status);
    expect(await errorOf(find('SW-10041'))).toMatchObject({ code: 'GENERATION.ORDER_API_UNAVAILABLE', retriable: true, details: { httpStatus: status } });
  });

  it('gives up on a hanging server after its timeout, retriably', async () => {
    server.script.hangNext();
    const error = await errorOf(find('SW-10041'));
    expect(error).toMatchObject({ code: 'GENERATION.ORDER_API_UNAVAILABLE', retriable: true, details: { reason: 'timeout' } });
    expect(error.message).toContain('no answer within 1000 ms');
  });

  it("stops when the caller aborts, with the caller's reason", async () => {
    server.script.hangNext();
    const controller = new AbortController();
    const pending = api.find({ tenantId: 'tenant-a', orderId: 'SW-10041' }, controller.signal);
    const reason = new Error('conversation closed');
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  it('reports an unreachable server as a retriable outage', async () => {
    const closed = await startLocalOrderApi({ orders: [] });
    await closed.close();
    const error = await errorOf(new HttpOrderApi({ baseUrl: closed.url }).find({ tenantId: 'tenant-a', orderId: 'SW-10041' }));
    expect(error).toMatchObject({ code: 'GENERATION.ORDER_API_UNAVAILABLE', retriable: true, details: { reason: 'network', networkCode: 'ECONNREFUSED' } });
  });

  it('reports a body that is not JSON, or not an order, as an invalid response', async () => {
    server.script.invalidBodyNext();
    expect(await errorOf(find('SW-10041'))).toMatchObject({ code: 'GENERATION.ORDER_API_INVALID_RESPONSE', retriable: false });
    const error = await errorOf(find('SW-BAD'));
    expect(error).toMatchObject({ code: 'GENERATION.ORDER_API_INVALID_RESPONSE', retriable: false });
    expect(error.message).toContain('status');
  });

  describe('against a bare HTTP server', () => {
    const seen: IncomingHttpHeaders[] = [];
    // Redirects SW-10041 elsewhere; refuses anything else, echoing the key it got.
    const raw = createServer((req, res) => {
      seen.push(req.headers);
      if (req.url === '/orders/SW-10041') return void res.writeHead(302, { location: 'http://example.invalid/orders/SW-10041' }).end();
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `unknown key ${String(req.headers['x-api-key'])}` } }));
    });
    let keyed: HttpOrderApi;

    beforeAll(async () => {
      await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
      const { port } = raw.address() as AddressInfo;
      keyed = new HttpOrderApi({ baseUrl: `http://127.0.0.1:${port}`, auth: { header: 'x-api-key', value: 'key-123456' } });
    });
    afterAll(() => new Promise((resolve) => raw.close(resolve)));

    it('sends the custom credential header and accept, and follows no redirect', async () => {
      const error = await errorOf(keyed.find({ tenantId: 'tenant-a', orderId: 'SW-10041' }));
      expect(error).toMatchObject({ code: 'GENERATION.ORDER_API_INVALID_RESPONSE', retriable: false, details: { httpStatus: 302 } });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ accept: 'application/json', 'x-api-key': 'key-123456', 'x-tenant-id': 'tenant-a' });
      expect(seen[0]).not.toHaveProperty('authorization');
    });

    it('keeps an echoed custom credential out of its error', async () => {
      const error = await errorOf(keyed.find({ tenantId: 'tenant-a', orderId: 'SW-1' }));
      expect(error).toMatchObject({ code: 'GENERATION.ORDER_API_MISCONFIGURED', details: { httpStatus: 403 } });
      expect(error.message).toContain('unknown key [redacted]');
      expect(error.message).not.toContain('key-123456');
    });
  });
});
