import { signAccessToken, verifyAccessToken } from '@sagewire/service-kit';
import { ADMIN_TOKEN, JWT_SECRET, api, createTenant, customerToken, startGateway, type ErrorBody, type GatewayHarness } from '../../../test/gateway-harness';

/** Tenants, keys, tokens, validation, isolation and the rate limit, over real HTTP and PostgreSQL. */
describe('gateway HTTP API', () => {
  let h: GatewayHarness;

  beforeAll(async () => {
    h = await startGateway('gateway_http', { GATEWAY_RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(async () => {
    await h.close();
  });

  describe('tenants and keys', () => {
    it('creates a tenant with an admin key shown once', async () => {
      const response = await api<{ tenant: { id: string; name: string }; apiKey: { id: string; key: string; roles: string[] } }>(
        h, 'POST', '/v1/tenants', { headers: { 'x-admin-token': ADMIN_TOKEN }, body: { name: 'Acme', plan: 'premium' } },
      );
      expect(response.status).toBe(201);
      expect(response.body.tenant).toMatchObject({ name: 'Acme' });
      expect(response.body.apiKey.key).toMatch(new RegExp(`^sw_${response.body.apiKey.id}_`));
      expect(response.body.apiKey.roles).toEqual(['admin']);
      const stored = await h.host.runtimes.get('gateway')!.dataSource.query<{ key_sha256: string }[]>('SELECT key_sha256 FROM gateway.api_keys WHERE key_id = $1', [response.body.apiKey.id]);
      expect(stored[0]!.key_sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[0]!.key_sha256).not.toContain(response.body.apiKey.key);
    });

    it('refuses tenant creation without the right admin token', async () => {
      const missing = await api<ErrorBody>(h, 'POST', '/v1/tenants', { body: { name: 'X' } });
      expect(missing.status).toBe(401);
      expect(missing.body.error.code).toBe('GATEWAY.UNAUTHENTICATED');
      const wrong = await api<ErrorBody>(h, 'POST', '/v1/tenants', { headers: { 'x-admin-token': 'nope' }, body: { name: 'X' } });
      expect(wrong.status).toBe(401);
    });

    it('answers 401 without or with a bad credential, 403 without the role', async () => {
      const tenant = await createTenant(h, 'Keys');
      expect((await api<ErrorBody>(h, 'POST', '/v1/conversations', { body: {} })).status).toBe(401);
      const badKey = await api<ErrorBody>(h, 'POST', '/v1/conversations', { token: `${tenant.adminKey.slice(0, -2)}xx`, body: {} });
      expect(badKey.status).toBe(401);
      expect(badKey.body.error.message).toContain('API key');
      const expired = signAccessToken({ tenantId: tenant.tenantId, subject: 'u1', roles: ['customer'] }, JWT_SECRET, 60, new Date(Date.now() - 3_600_000));
      expect((await api<ErrorBody>(h, 'GET', '/v1/documents', { token: expired })).body.error.message).toContain('expired');
      const customer = await customerToken(h, tenant, 'user-1');
      const forbidden = await api<ErrorBody>(h, 'POST', '/v1/api-keys', { token: customer, body: { roles: ['agent'] } });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error).toEqual({ code: 'GATEWAY.FORBIDDEN', message: 'this endpoint requires one of the roles: admin' });
    });

    it('creates and revokes keys; a revoked key no longer works', async () => {
      const tenant = await createTenant(h, 'Revoke');
      const created = await api<{ id: string; key: string; roles: string[] }>(h, 'POST', '/v1/api-keys', { token: tenant.adminKey, body: { roles: ['agent'] } });
      expect(created.status).toBe(201);
      expect(created.body.roles).toEqual(['agent']);
      expect((await api(h, 'GET', '/v1/documents', { token: created.body.key })).status).toBe(200);
      expect((await api(h, 'DELETE', `/v1/api-keys/${created.body.id}`, { token: tenant.adminKey })).status).toBe(204);
      expect((await api(h, 'GET', '/v1/documents', { token: created.body.key })).status).toBe(401);
    });

    it('issues access tokens only to admin API keys, not to tokens', async () => {
      const tenant = await createTenant(h, 'Tokens');
      const issued = await api<{ accessToken: string; expiresAt: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'auditor-1', roles: ['auditor'], ttlSeconds: 120 } });
      expect(issued.status).toBe(200);
      expect(Date.parse(issued.body.expiresAt) - Date.now()).toBeLessThanOrEqual(121_000);
      const adminToken = (await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'ops', roles: ['admin'] } })).body.accessToken;
      const viaToken = await api<ErrorBody>(h, 'POST', '/v1/auth/token', { token: adminToken, body: { userId: 'x', roles: ['customer'] } });
      expect(viaToken.status).toBe(403);
      expect(viaToken.body.error.message).toContain('API key');
    });

    it("puts a customer's tier into the token, and refuses a tier on any other token", async () => {
      const tenant = await createTenant(h, 'Tiers');
      const premium = await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'vip-1', roles: ['customer'], tier: 'premium' } });
      expect(premium.status).toBe(200);
      expect(verifyAccessToken(premium.body.accessToken, JWT_SECRET)).toEqual({ tenantId: tenant.tenantId, subject: 'vip-1', roles: ['customer'], tier: 'premium' });
      expect(verifyAccessToken(await customerToken(h, tenant, 'plain-1'), JWT_SECRET)).not.toHaveProperty('tier');
      const onAuditor = await api<ErrorBody>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'aud-1', roles: ['auditor'], tier: 'premium' } });
      expect(onAuditor.status).toBe(400);
      expect(onAuditor.body.error).toEqual({ code: 'GATEWAY.INVALID_REQUEST', message: 'body.tier: only for customer tokens (roles must include customer)' });
    });
  });

  describe('validation and isolation', () => {
    it('says which field is wrong and why', async () => {
      const tenant = await createTenant(h, 'Validation');
      const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token: tenant.adminKey, body: { userId: 'u1' } });
      const tooLong = await api<ErrorBody>(h, 'POST', `/v1/conversations/${conversation.body.id}/messages`, { token: tenant.adminKey, body: { text: 'x'.repeat(8001) } });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error).toEqual({ code: 'GATEWAY.INVALID_REQUEST', message: 'body.text: must be at most 8000 characters' });
      const badRoles = await api<ErrorBody>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'u', roles: [] } });
      expect(badRoles.body.error.message).toBe('body.roles: must name at least one role');
      const badId = await api<ErrorBody>(h, 'GET', '/v1/conversations/not-a-uuid', { token: tenant.adminKey });
      expect(badId.body.error.message).toBe('path.id: must be a UUID');
      const malformed = await fetch(`${h.baseUrl}/v1/conversations`, { method: 'POST', headers: { authorization: `Bearer ${tenant.adminKey}`, 'content-type': 'application/json' }, body: '{"userId":' });
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toEqual({ error: { code: 'GATEWAY.INVALID_REQUEST', message: 'body: not valid JSON' } });
    });

    it("hides one tenant's conversations from another, and one customer's from another (404)", async () => {
      const a = await createTenant(h, 'Tenant A');
      const b = await createTenant(h, 'Tenant B');
      const ownerToken = await customerToken(h, a, 'alice');
      const conversation = await api<{ id: string; userId: string }>(h, 'POST', '/v1/conversations', { token: ownerToken, body: { language: 'en' } });
      expect(conversation.status).toBe(201);
      expect(conversation.body.userId).toBe('alice');
      expect((await api(h, 'GET', `/v1/conversations/${conversation.body.id}`, { token: ownerToken })).status).toBe(200);
      const crossTenant = await api<ErrorBody>(h, 'GET', `/v1/conversations/${conversation.body.id}`, { token: b.adminKey });
      expect(crossTenant.status).toBe(404);
      expect(crossTenant.body.error.code).toBe('GATEWAY.NOT_FOUND');
      const otherCustomer = await customerToken(h, a, 'bob');
      expect((await api(h, 'GET', `/v1/conversations/${conversation.body.id}`, { token: otherCustomer })).status).toBe(404);
      expect((await api(h, 'POST', `/v1/conversations/${conversation.body.id}/messages`, { token: b.adminKey, body: { text: 'hi' } })).status).toBe(404);
      const impersonation = await api<ErrorBody>(h, 'POST', '/v1/conversations', { token: otherCustomer, body: { userId: 'alice' } });
      expect(impersonation.status).toBe(403);
    });
  });

  it('limits query requests per tenant with 429 and Retry-After', async () => {
    const tenant = await createTenant(h, 'Busy');
    const other = await createTenant(h, 'Quiet');
    const path = '/v1/conversations/00000000-0000-4000-8000-000000000000/messages';
    for (let i = 0; i < 3; i++) expect((await api(h, 'POST', path, { token: tenant.adminKey, body: {} })).status).toBe(400);
    const limited = await api<ErrorBody>(h, 'POST', path, { token: tenant.adminKey, body: { text: 'hi' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.error.code).toBe('GATEWAY.RATE_LIMITED');
    expect(limited.body.error.message).toMatch(/more than 3 query requests per minute; retry in \d+ s/);
    expect((await api(h, 'POST', path, { token: other.adminKey, body: {} })).status).toBe(400);
  });

  it('serves an OpenAPI 3.1 document listing every route', async () => {
    const docs = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(h, 'GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toBe('3.1.0');
    expect(Object.keys(docs.body.paths).sort()).toEqual([
      '/v1/api-keys', '/v1/api-keys/{keyId}', '/v1/auth/token', '/v1/chat/completions', '/v1/conversations', '/v1/conversations/{id}',
      '/v1/conversations/{id}/csat', '/v1/conversations/{id}/events', '/v1/conversations/{id}/messages', '/v1/documents', '/v1/documents/{id}', '/v1/tenants',
    ]);
    expect(docs.body.paths['/v1/conversations/{id}/messages']).toHaveProperty('post.requestBody.content.application/json.schema.properties.text.maxLength', 8000);
    expect(docs.body.paths['/v1/conversations/{id}/events']).toHaveProperty(['get', 'responses', '200', 'content', 'text/event-stream']);
    expect(docs.body.paths['/v1/conversations/{id}/csat']).toHaveProperty('post.requestBody.content.application/json.schema.properties.score.maximum', 5);
    const tokenBody = ['post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'tier'];
    expect(docs.body.paths['/v1/auth/token']).toHaveProperty([...tokenBody, 'enum'], ['standard', 'premium']);
    expect(docs.body.paths['/v1/auth/token']).toHaveProperty([...tokenBody, 'description'], expect.stringContaining('refund or a cancellation'));
    const ui = await fetch(`${h.baseUrl}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
