import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { AppError } from '@sagewire/errors';
import { startLocalZendesk, type LocalZendesk } from '@sagewire/zendesk-local';
import type { NewTicket } from '../../domain/ticketing/ticketing.port';
import { ZENDESK_ERROR } from './zendesk-errors';
import { ZendeskTicketSystem } from './zendesk-ticket-system.adapter';

const EMAIL = 'bot@acme.example';
const TOKEN = 'zd-adapter-secret-93f2a1';
const CREDENTIAL = Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64');

let nextQuery = 0;
const handoff = (overrides: Partial<NewTicket> = {}): NewTicket => ({
  tenantId: 'tnt_spec', queryId: `qry_adapter_${++nextQuery}`, conversationId: 'conv_adapter', userId: 'cus_1', reason: 'low_confidence',
  priority: 'normal', summary: 'The AI was not sure.', question: 'Where is my parcel?', citations: [], language: 'en', transcript: [], orders: [], ...overrides,
});

/** What `open` threw, for assertions on code, retriability and message. */
async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

function expectNoSecret(error: AppError): void {
  const shown = `${error.message} ${JSON.stringify(error.details)} ${String(error.stack)}`;
  expect(shown).not.toContain(TOKEN);
  expect(shown).not.toContain(CREDENTIAL);
  expect(error.cause).toBeUndefined();
}

describe('ZendeskTicketSystem against the local Zendesk', () => {
  let zendesk: LocalZendesk;
  let system: ZendeskTicketSystem;

  beforeAll(async () => {
    zendesk = await startLocalZendesk({ email: EMAIL, apiToken: TOKEN });
    system = new ZendeskTicketSystem({ baseUrl: `${zendesk.url}/`, email: EMAIL, apiToken: TOKEN, timeoutMs: 300 });
  });
  afterEach(() => zendesk.reset());
  afterAll(() => zendesk.close());

  it('looks the query up, then opens one ticket with an idempotency key, and answers with its agent link', async () => {
    const ticket = handoff();
    const opened = await system.open(ticket);
    const created = zendesk.tickets.filter((t) => t.external_id === ticket.queryId);
    expect(created).toHaveLength(1);
    expect(opened).toEqual({ externalId: String(created[0]!.id), url: `${zendesk.url}/agent/tickets/${created[0]!.id}` });
    expect(zendesk.requests.map((r) => [r.operation, r.status])).toEqual([['listTickets', 200], ['createTicket', 201]]);
    expect(zendesk.requests[1]!.idempotencyKey).toBe(`sagewire-ticket-${ticket.queryId}`);
  });

  it('answers a second call for the same query with the ticket it opened', async () => {
    const ticket = handoff();
    const first = await system.open(ticket);
    zendesk.reset();
    expect(await system.open(ticket)).toEqual(first);
    expect(zendesk.requests.map((r) => r.operation)).toEqual(['listTickets']);
  });

  it('finds the ticket whose creation answer was lost, instead of opening another', async () => {
    const ticket = handoff();
    zendesk.script.hangNext({ operation: 'createTicket', afterCommit: true });
    const lost = await failureOf(system.open(ticket));
    expect([lost.code, lost.retriable, lost.details['reason']]).toEqual([ZENDESK_ERROR.UNAVAILABLE, true, 'timeout']);
    const opened = await system.open(ticket);
    expect(zendesk.tickets.filter((t) => t.external_id === ticket.queryId).map((t) => String(t.id))).toEqual([opened.externalId]);
  });

  it('keeps Retry-After of a 429', async () => {
    zendesk.script.throttleNext(42);
    const error = await failureOf(system.open(handoff()));
    expect([error.code, error.retriable, error.details['retryAfterMs'], error.details['httpStatus']]).toEqual([ZENDESK_ERROR.THROTTLED, true, 42_000, 429]);
    expect(error.message).toContain('(retry after 42 s)');
  });

  it.each([
    [503, ZENDESK_ERROR.UNAVAILABLE, true, 'Service Unavailable'],
    [500, ZENDESK_ERROR.UNAVAILABLE, true, 'Internal Server Error'],
    [422, ZENDESK_ERROR.REJECTED, false, 'RecordInvalid: Record validation errors (base: Scripted: the ticket was refused)'],
    [403, ZENDESK_ERROR.MISCONFIGURED, false, 'Forbidden'],
  ])('maps a creation answered %i to %s (retriable %s)', async (status, code, retriable, said) => {
    zendesk.script.failNext(status, { operation: 'createTicket' });
    const error = await failureOf(system.open(handoff()));
    expect([error.code, error.retriable]).toEqual([code, retriable]);
    expect(error.message).toContain(said);
    expectNoSecret(error);
  });

  it('is misconfigured, not retriable, with a wrong token or a URL that is no account, and never shows the credential', async () => {
    const wrongToken = await failureOf(new ZendeskTicketSystem({ baseUrl: zendesk.url, email: EMAIL, apiToken: `${TOKEN}-old` }).open(handoff()));
    expect([wrongToken.code, wrongToken.retriable, wrongToken.details['httpStatus']]).toEqual([ZENDESK_ERROR.MISCONFIGURED, false, 401]);
    expect(wrongToken.message).toContain("Couldn't authenticate you");
    expect(wrongToken.message).toContain('ESCALATION_ZENDESK_API_TOKEN');
    expectNoSecret(wrongToken);
    const wrongUrl = await failureOf(new ZendeskTicketSystem({ baseUrl: `${zendesk.url}/helpdesk`, email: EMAIL, apiToken: TOKEN }).open(handoff()));
    expect([wrongUrl.code, wrongUrl.details['httpStatus']]).toEqual([ZENDESK_ERROR.MISCONFIGURED, 404]);
  });

  it('gives up on a hung Zendesk after the timeout, retriable', async () => {
    zendesk.script.hangNext();
    const error = await failureOf(system.open(handoff()));
    expect([error.code, error.retriable, error.details['reason']]).toEqual([ZENDESK_ERROR.UNAVAILABLE, true, 'timeout']);
    expect(error.message).toContain('no answer within 300 ms');
  });

  it('is unavailable, retriable, when nothing listens', async () => {
    const port = await freePort();
    const error = await failureOf(new ZendeskTicketSystem({ baseUrl: `http://127.0.0.1:${port}`, email: EMAIL, apiToken: TOKEN }).open(handoff()));
    expect([error.code, error.retriable, error.details['networkCode']]).toEqual([ZENDESK_ERROR.UNAVAILABLE, true, 'ECONNREFUSED']);
    expectNoSecret(error);
  });

  it('scrubs the credential from an answer that echoes it, as some proxies do', async () => {
    const echo = createHttpServer((req, res) => {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`Bad gateway for ${req.headers.authorization ?? ''} (token ${TOKEN})`);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = echo.address() as { port: number };
      const error = await failureOf(new ZendeskTicketSystem({ baseUrl: `http://127.0.0.1:${port}`, email: EMAIL, apiToken: TOKEN }).open(handoff()));
      expect([error.code, error.retriable]).toEqual([ZENDESK_ERROR.UNAVAILABLE, true]);
      expect(error.message).toContain('Bad gateway for Basic [redacted] (token [redacted])');
      expectNoSecret(error);
    } finally {
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  });

  it('stops at once when the caller aborts, with the caller\'s reason', async () => {
    zendesk.script.hangNext();
    const controller = new AbortController();
    const opening = system.open(handoff(), controller.signal);
    controller.abort(new Error('shutting down'));
    await expect(opening).rejects.toThrow('shutting down');
  });
});

/** A port nothing listens on: bound, read, released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
