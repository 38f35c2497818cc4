import { basicAuthorization } from './api-token-auth';
import { startLocalZendesk, type LocalZendesk } from './local-zendesk';

const EMAIL = 'agent@acme.example';
const TOKEN = 'zd-spec-token-6f1c';

describe('local Zendesk, over HTTP', () => {
  let zendesk: LocalZendesk;
  const auth = (apiToken = TOKEN): string => basicAuthorization({ email: EMAIL, apiToken });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${zendesk.url}${path}`, {
      method,
      headers: { accept: 'application/json', authorization: auth(), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const create = (ticket: Record<string, unknown>, headers: Record<string, string> = {}) => call('POST', '/api/v2/tickets.json', { ticket }, headers);

  beforeAll(async () => {
    zendesk = await startLocalZendesk({ email: EMAIL, apiToken: TOKEN });
  });
  afterEach(() => zendesk.reset());
  afterAll(() => zendesk.close());

  it('creates a new ticket and answers 201 with the ticket, its location and the audit', async () => {
    const response = await create({
      subject: 'Printer offline', comment: { body: 'It is offline.', public: false }, priority: 'high',
      tags: ['sagewire', 'low_confidence'], external_id: 'qry_create', requester: { name: 'Jo Doe', email: 'jo@example.com' },
    });
    expect(response.status).toBe(201);
    const { ticket, audit } = (await response.json()) as { ticket: Record<string, unknown>; audit: { events: { type: string }[] } };
    expect(ticket).toMatchObject({
      subject: 'Printer offline', description: 'It is offline.', status: 'new', priority: 'high', external_id: 'qry_create',
      tags: ['sagewire', 'low_confidence'], is_public: false, via: { channel: 'api' },
    });
    expect(ticket['url']).toBe(`${zendesk.url}/api/v2/tickets/${String(ticket['id'])}.json`);
    expect(response.headers.get('location')).toBe(ticket['url']);
    expect(ticket['requester_id']).not.toBe(ticket['submitter_id']);
    expect(audit.events.map((e) => e.type)).toEqual(['Comment', 'Create']);
    expect(zendesk.requests.at(-1)).toMatchObject({ method: 'POST', operation: 'createTicket', user: EMAIL, status: 201, body: { ticket: { external_id: 'qry_create' } } });
  });

  it('lists tickets by external id, shows one, updates it and lists its comments', async () => {
    const first = (await (await create({ comment: { body: 'one' }, external_id: 'qry_list' })).json()) as { ticket: { id: number } };
    await create({ comment: { body: 'other' }, external_id: 'qry_other' });
    const listed = (await (await call('GET', '/api/v2/tickets.json?external_id=qry_list')).json()) as { tickets: { id: number }[]; count: number; next_page: null };
    expect(listed).toMatchObject({ count: 1, next_page: null, previous_page: null });
    expect(listed.tickets.map((t) => t.id)).toEqual([first.ticket.id]);
    expect(((await (await call('GET', '/api/v2/tickets.json?external_id=nobody')).json()) as { tickets: unknown[] }).tickets).toEqual([]);

    const id = first.ticket.id;
    expect(await (await call('GET', `/api/v2/tickets/${id}.json`)).json()).toMatchObject({ ticket: { id, status: 'new' } });
    const updated = await call('PUT', `/api/v2/tickets/${id}.json`, { ticket: { comment: { body: 'We are on it.', public: true } } });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ ticket: { id, status: 'open' } });
    await call('PUT', `/api/v2/tickets/${id}.json`, { ticket: { status: 'solved' } });
    const comments = (await (await call('GET', `/api/v2/tickets/${id}/comments.json`)).json()) as { comments: { body: string; public: boolean; html_body: string }[]; count: number };
    expect(comments.count).toBe(2);
    expect(comments.comments.map((c) => [c.body, c.public])).toEqual([['one', true], ['We are on it.', true]]);
    expect(comments.comments[1]!.html_body).toBe('<div class="zd-comment" dir="auto"><p>We are on it.</p></div>');
    expect(zendesk.tickets.find((t) => t.id === id)?.status).toBe('solved');
  });

  it('pages the ticket list', async () => {
    await create({ comment: { body: 'a' } });
    await create({ comment: { body: 'b' } });
    const page = (await (await call('GET', '/api/v2/tickets.json?per_page=1&page=2')).json()) as { tickets: unknown[]; next_page: string | null; previous_page: string };
    expect(page.tickets).toHaveLength(1);
    expect(page.previous_page).toBe(`${zendesk.url}/api/v2/tickets.json?per_page=1&page=1`);
  });

  it('refuses an invalid ticket with 422 RecordInvalid and its details', async () => {
    const response = await create({ subject: 'No body', priority: 'critical', comment: {} });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: 'RecordInvalid', description: 'Record validation errors',
      details: { base: [{ description: 'Description: cannot be blank', error: 'BlankValue', field_key: 'description' }], priority: [{ description: 'Priority: "critical" is not valid', error: 'InvalidValue' }] },
    });
  });

  it('answers unknown tickets and endpoints with 404, and a closed ticket may not change', async () => {
    expect(await (await call('GET', '/api/v2/tickets/999999.json')).json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    const missing = await call('GET', '/api/v2/users.json');
    expect([missing.status, await missing.json()]).toEqual([404, { error: 'InvalidEndpoint', description: 'Not found' }]);
    const { ticket } = (await (await create({ comment: { body: 'x' }, status: 'closed' })).json()) as { ticket: { id: number } };
    const refused = await call('PUT', `/api/v2/tickets/${ticket.id}.json`, { ticket: { status: 'open' } });
    expect([refused.status, await refused.json()]).toEqual([422, expect.objectContaining({ details: { status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }] } })]);
  });

  it('authenticates with email/token:api_token only, and keeps no credential in its log', async () => {
    const expectRefused = async (authorization: string | undefined) => {
      const response = await fetch(`${zendesk.url}/api/v2/tickets.json`, { headers: authorization === undefined ? {} : { authorization } });
      expect([response.status, await response.json()]).toEqual([401, { error: "Couldn't authenticate you" }]);
    };
    await expectRefused(undefined);
    await expectRefused(auth('wrong'));
    await expectRefused(`Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`); // a password login
    await expectRefused(`Bearer ${TOKEN}`);
    expect((await call('GET', '/api/v2/tickets.json', undefined, { authorization: basicAuthorization({ email: EMAIL.toUpperCase(), apiToken: TOKEN }) })).status).toBe(200);
    expect(JSON.stringify(zendesk.requests)).not.toContain(TOKEN);
    expect(zendesk.requests[0]!.user).toBeUndefined();
  });

  it('refuses the old token once it is rotated', async () => {
    zendesk.rotateApiToken('rotated-token');
    try {
      expect((await call('GET', '/api/v2/tickets.json')).status).toBe(401);
      expect((await call('GET', '/api/v2/tickets.json', undefined, { authorization: auth('rotated-token') })).status).toBe(200);
    } finally {
      zendesk.rotateApiToken(TOKEN);
    }
  });

  it('replays a creation with the same Idempotency-Key instead of opening a second ticket', async () => {
    const ticket = { comment: { body: 'once' }, external_id: 'qry_idem' };
    const first = await create(ticket, { 'idempotency-key': 'key-1' });
    const again = await create(ticket, { 'idempotency-key': 'key-1' });
    expect([first.status, first.headers.get('x-idempotency-lookup'), again.status, again.headers.get('x-idempotency-lookup')]).toEqual([201, 'miss', 201, 'hit']);
    expect(((await again.json()) as { ticket: { id: number } }).ticket.id).toBe(((await first.json()) as { ticket: { id: number } }).ticket.id);
    expect(zendesk.tickets.filter((t) => t.external_id === 'qry_idem')).toHaveLength(1);
    expect((await create({ ...ticket, subject: 'changed' }, { 'idempotency-key': 'key-1' })).status).toBe(400);
  });

  it('follows its script: 429 with Retry-After, 503 as text, hangs, and faults for one operation only', async () => {
    zendesk.script.throttleNext(7).failNext(503, { retryAfterSeconds: 30 }).failNext(500, { operation: 'createTicket' });
    const throttled = await call('GET', '/api/v2/tickets.json');
    expect([throttled.status, throttled.headers.get('retry-after'), ((await throttled.json()) as { error: string }).error]).toEqual([429, '7', 'APIRateLimitExceeded']);
    const down = await call('GET', '/api/v2/tickets.json');
    expect([down.status, down.headers.get('retry-after'), down.headers.get('content-type'), await down.text()]).toEqual([503, '30', 'text/plain; charset=utf-8', 'Service Unavailable: maintenance in progress']);
    expect((await call('GET', '/api/v2/tickets.json')).status).toBe(200); // the 500 waits for a creation
    expect((await create({ comment: { body: 'x' } })).status).toBe(500);

    zendesk.script.hangNext();
    await expect(fetch(`${zendesk.url}/api/v2/tickets.json`, { headers: { authorization: auth() }, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(zendesk.requests.at(-1)?.status).toBeUndefined();
    expect(zendesk.script.pending).toBe(0);
  });

  it('makes the change and loses the answer when told to hang after commit', async () => {
    zendesk.script.hangNext({ operation: 'createTicket', afterCommit: true });
    const body = JSON.stringify({ ticket: { comment: { body: 'lost answer' }, external_id: 'qry_lost' } });
    await expect(fetch(`${zendesk.url}/api/v2/tickets.json`, {
      method: 'POST', body, headers: { authorization: auth(), 'content-type': 'application/json' }, signal: AbortSignal.timeout(200),
    })).rejects.toThrow();
    expect(zendesk.tickets.filter((t) => t.external_id === 'qry_lost')).toHaveLength(1);
  });

  it('refuses a script it cannot follow', () => {
    expect(() => zendesk.script.failNext(200)).toThrow('400 to 599');
    expect(() => zendesk.script.hangNext({ times: 0 })).toThrow('at least 1');
    expect(() => zendesk.script.throttleNext(-1)).toThrow('whole number');
  });
});
