import { localDemoOrders } from './demo-orders';
import { startLocalOrderApi, type LocalOrderApi } from './local-order-api';

const TOKEN = 'local-test-token';

describe('local Order API, over HTTP', () => {
  let api: LocalOrderApi;
  const get = (path: string, headers: Record<string, string> = { 'x-tenant-id': 't1', authorization: `Bearer ${TOKEN}` }) =>
    fetch(`${api.url}${path}`, { headers });

  beforeAll(async () => {
    api = await startLocalOrderApi({ token: TOKEN, orders: [...localDemoOrders('t1', 'c1'), { ...localDemoOrders('t2', 'c2')[0]!, orderId: 'T2-1' }] });
  });
  afterEach(() => api.script.reset());
  afterAll(() => api.close());

  it('serves an order of the tenant without its tenant id, and logs the request', async () => {
    const response = await get('/orders/SW-10041');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const order = (await response.json()) as Record<string, unknown>;
    expect(order).toMatchObject({ orderId: 'SW-10041', customerId: 'c1', status: 'shipped', carrier: 'UPS' });
    expect(order).not.toHaveProperty('tenantId');
    expect(api.requests.at(-1)).toEqual({ method: 'GET', path: '/orders/SW-10041', tenantId: 't1', status: 200 });
  });

  it("answers 404 for a missing order and for another tenant's", async () => {
    expect((await get('/orders/SW-99999')).status).toBe(404);
    const other = await get('/orders/T2-1');
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: { message: 'No order T2-1.' } });
    expect((await get('/orders/T2-1', { 'x-tenant-id': 't2', authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('decodes the order number from the path', async () => {
    expect((await get(`/orders/${encodeURIComponent('SW-10041')}`)).status).toBe(200);
    expect((await get('/orders/SW%2D10041')).status).toBe(200);
  });

  it('requires the bearer token and the tenant header', async () => {
    expect((await get('/orders/SW-10041', { 'x-tenant-id': 't1' })).status).toBe(401);
    expect((await get('/orders/SW-10041', { 'x-tenant-id': 't1', authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await get('/orders/SW-10041', { authorization: `Bearer ${TOKEN}` })).status).toBe(400);
  });

  it('answers unknown routes and methods with JSON errors', async () => {
    expect((await get('/orders')).status).toBe(404);
    const post = await fetch(`${api.url}/orders/SW-10041`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET']);
  });

  it('follows its script in order, then answers normally again', async () => {
    api.script.failNext(503).failNext(429).invalidBodyNext().hangNext();
    expect((await get('/orders/SW-10041')).status).toBe(503);
    const throttled = await get('/orders/SW-10041');
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '1']);
    const broken = await get('/orders/SW-10041');
    expect(broken.status).toBe(200);
    const text = await broken.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    await expect(fetch(`${api.url}/orders/SW-10041`, { headers: { 'x-tenant-id': 't1' }, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(api.requests.at(-1)?.status).toBeUndefined();
    expect(api.script.pending).toBe(0);
    expect((await get('/orders/SW-10041')).status).toBe(200);
  });

  it('refuses a script it cannot follow', () => {
    expect(() => api.script.failNext(200)).toThrow('400 to 599');
    expect(() => api.script.hangNext(0)).toThrow('at least 1');
  });
});
