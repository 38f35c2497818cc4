import { randomUUID } from 'node:crypto';
import type { Envelope } from '@sagewire/contracts';
import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { ServiceTestHost, messageOf } from '@sagewire/service-testing';
import { startLocalZendesk, type LocalZendesk } from '@sagewire/zendesk-local';
import { escalationService } from './escalation.service';
import { ZENDESK_ERROR } from './infrastructure/zendesk/zendesk-errors';

const EMAIL = 'sagewire-bot@acme.example';
const TOKEN = 'zd-service-secret-5b7e09c4';
const CREDENTIAL = Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64');
const TIMEOUT_MS = 400;

describe('escalation service opening Zendesk tickets (PostgreSQL, in-memory bus, local Zendesk)', () => {
  let zendesk: LocalZendesk;
  let escalation: ServiceTestHost;
  let stderr: jest.SpyInstance;
  let warnings: jest.SpyInstance;

  beforeAll(async () => {
    zendesk = await startLocalZendesk({ email: EMAIL, apiToken: TOKEN });
    stderr = jest.spyOn(process.stderr, 'write');
    escalation = await ServiceTestHost.start('escalation_zendesk', escalationService, [ticketCreatedV1, ticketCreationFailedV1], {
      ESCALATION_ZENDESK_URL: zendesk.url, ESCALATION_ZENDESK_EMAIL: EMAIL, ESCALATION_ZENDESK_API_TOKEN: TOKEN, ESCALATION_ZENDESK_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    // Below the host's log level these would print nothing: capture them where they are made.
    warnings = jest.spyOn(escalation.host.runtimes.get('escalation')!.logger, 'warn');
  });

  afterEach(() => zendesk.script.reset());

  afterAll(async () => {
    stderr?.mockRestore();
    await escalation?.close();
    await zendesk?.close();
  });

  const zendeskCommand = (overrides: Partial<CreateTicketV1> = {}): Envelope<CreateTicketV1> => messageOf(createTicketV1, { system: 'zendesk', ...overrides });
  const retryOf = (command: Envelope<CreateTicketV1>): Envelope<CreateTicketV1> => ({ ...command, id: randomUUID(), data: { ...command.data, attempt: command.data.attempt + 1 } });
  const ticketsOf = (command: Envelope<CreateTicketV1>) => zendesk.tickets.filter((t) => t.external_id === command.data.queryId);
  const callsFor = (command: Envelope<CreateTicketV1>, operation: string) =>
    zendesk.requests.filter((r) => r.operation === operation && (r.path.includes(encodeURIComponent(command.data.queryId)) || JSON.stringify(r.body ?? '').includes(command.data.queryId)));
  const rowOf = async (command: Envelope<CreateTicketV1>) =>
    escalation.sql.query<{ system: string; external_id: string | null; external_url: string | null }[]>(
      'SELECT system, external_id, external_url FROM escalation.tickets WHERE tenant_id = $1 AND query_id = $2', [command.tenantid, command.data.queryId],
    );

  it('opens one Zendesk ticket with the handoff and answers TicketCreated with its number', async () => {
    const command = zendeskCommand();
    await escalation.publish(createTicketV1, command);
    const [created] = await escalation.awaitReplies(ticketCreatedV1, command);

    const tickets = ticketsOf(command);
    expect(tickets).toHaveLength(1);
    const ticket = tickets[0]!;
    const id = String(ticket.id);
    expect(created!.data).toEqual({ queryId: command.data.queryId, conversationId: command.data.conversationId, ticketId: id, externalId: id, system: 'zendesk', priority: 'high' });
    expect(ticket).toMatchObject({
      subject: 'Refund over limit: Hi, I bought the Trailhead 2 tent 40 days ago and never…', priority: 'high', status: 'new', is_public: false,
      tags: ['sagewire', 'refund_over_limit', 'lang_en'],
    });
    const { handoff } = command.data;
    for (const part of [handoff.summary, handoff.question, handoff.draftAnswer!, 'Returns and refunds policy › Returning unused items', handoff.citations[0]!.uri!, 'refund_over_limit', command.data.userId]) {
      expect(ticket.description).toContain(part);
    }
    expect(zendesk.commentsOf(ticket.id)).toHaveLength(1);
    expect(await rowOf(command)).toEqual([{ system: 'zendesk', external_id: id, external_url: `${zendesk.url}/agent/tickets/${id}` }]);
  });

  it('opens one ticket for a command delivered twice and retried, and asks Zendesk only once', async () => {
    const command = zendeskCommand();
    await escalation.publish(createTicketV1, command);
    await escalation.awaitReplies(ticketCreatedV1, command);
    // The same command again, as after a lost acknowledgement, and as a new attempt of the saga.
    await escalation.publish(createTicketV1, command);
    const retry = retryOf(command);
    await escalation.publish(createTicketV1, retry);
    const [again] = await escalation.awaitReplies(ticketCreatedV1, retry);

    const first = escalation.repliesTo(ticketCreatedV1, command);
    expect(first).toHaveLength(1);
    expect(again!.data).toEqual(first[0]!.data);
    expect(ticketsOf(command)).toHaveLength(1);
    expect([callsFor(command, 'listTickets').length, callsFor(command, 'createTicket').length]).toEqual([1, 1]);
    expect(await rowOf(command)).toHaveLength(1);
  });

  it('fails retriably when the creation answer is lost, and the retry finds the ticket instead of opening another', async () => {
    const command = zendeskCommand();
    zendesk.script.hangNext({ operation: 'createTicket', afterCommit: true });
    await escalation.publish(createTicketV1, command);
    const [failed] = await escalation.awaitReplies(ticketCreationFailedV1, command);
    expect(failed!.data).toMatchObject({ system: 'zendesk', errorCode: ZENDESK_ERROR.UNAVAILABLE, retriable: true, attempt: 1 });
    expect(await rowOf(command)).toEqual([]);

    const retry = retryOf(command);
    await escalation.publish(createTicketV1, retry);
    const [created] = await escalation.awaitReplies(ticketCreatedV1, retry);
    expect(ticketsOf(command).map((t) => String(t.id))).toEqual([created!.data.ticketId]);
    expect(callsFor(command, 'createTicket')).toHaveLength(1);
  });

  it('answers a 429 with a retriable TicketCreationFailed that keeps the Retry-After', async () => {
    const command = zendeskCommand();
    zendesk.script.throttleNext(30);
    await escalation.publish(createTicketV1, command);
    const [failed] = await escalation.awaitReplies(ticketCreationFailedV1, command);
    expect(failed!.data).toMatchObject({ queryId: command.data.queryId, system: 'zendesk', errorCode: ZENDESK_ERROR.THROTTLED, retriable: true, attempt: 1 });
    expect(failed!.data.message).toContain('HTTP 429 (retry after 30 s)');
    expect(ticketsOf(command)).toEqual([]);
    expect(escalation.repliesTo(ticketCreatedV1, command)).toEqual([]);
  });

  it('answers a refused API token with a TicketCreationFailed that is not retriable', async () => {
    const command = zendeskCommand();
    zendesk.rotateApiToken('a-token-the-service-does-not-have');
    try {
      await escalation.publish(createTicketV1, command);
      const [failed] = await escalation.awaitReplies(ticketCreationFailedV1, command);
      expect(failed!.data).toMatchObject({ errorCode: ZENDESK_ERROR.MISCONFIGURED, retriable: false });
      expect(failed!.data.message).toContain("HTTP 401 (check ESCALATION_ZENDESK_URL, ESCALATION_ZENDESK_EMAIL and ESCALATION_ZENDESK_API_TOKEN): Couldn't authenticate you");
    } finally {
      zendesk.rotateApiToken(TOKEN);
    }
  });

  it('answers a ticket Zendesk refuses with a TicketCreationFailed that is not retriable', async () => {
    const command = zendeskCommand();
    zendesk.script.failNext(422, { operation: 'createTicket' });
    await escalation.publish(createTicketV1, command);
    const [failed] = await escalation.awaitReplies(ticketCreationFailedV1, command);
    expect(failed!.data).toMatchObject({ errorCode: ZENDESK_ERROR.REJECTED, retriable: false });
    expect(failed!.data.message).toContain('RecordInvalid');
  });

  it('gives up on a hung Zendesk after its timeout with a retriable failure, and keeps consuming', async () => {
    const command = zendeskCommand();
    zendesk.script.hangNext();
    await escalation.publish(createTicketV1, command);
    const [failed] = await escalation.awaitReplies(ticketCreationFailedV1, command);
    expect(failed!.data).toMatchObject({ errorCode: ZENDESK_ERROR.UNAVAILABLE, retriable: true });
    expect(failed!.data.message).toContain(`no answer within ${TIMEOUT_MS} ms`);
    // The same conversation (same partition) is answered next: the hang held nothing up.
    const next = zendeskCommand({ conversationId: command.data.conversationId });
    await escalation.publish(createTicketV1, next);
    await escalation.awaitReplies(ticketCreatedV1, next);
  });

  // Runs last: it reads what every case above wrote.
  it('never shows the API token or the Basic credential in an event, a log line or a row', async () => {
    const failures = escalation.received(ticketCreationFailedV1);
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(warnings.mock.calls.length).toBe(failures.length);
    expect(JSON.stringify(warnings.mock.calls)).toContain("Couldn't authenticate you");
    const rows = await escalation.sql.query<unknown[]>('SELECT * FROM escalation.tickets');
    const seen = [
      JSON.stringify(failures), JSON.stringify(escalation.received(ticketCreatedV1)), JSON.stringify(warnings.mock.calls),
      stderr.mock.calls.map((call: unknown[]) => String(call[0])).join('\n'), JSON.stringify(rows),
    ].join('\n');
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain(CREDENTIAL);
  });
});
