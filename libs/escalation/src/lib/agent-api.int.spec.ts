import { randomUUID } from 'node:crypto';
import type { Envelope } from '@sagewire/contracts';
import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { agentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { csatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import { ticketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import { ticketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import { ServiceTestHost, messageOf } from '@sagewire/service-testing';
import { eventually } from '@sagewire/testing';
import { agent, AgentApiClient, type Caller } from '../test/agent-api-client';
import type { TicketView } from './application/ticket-view.mapper';
import { escalationService } from './escalation.service';

interface ErrorBody {
  error: { code: string; message: string };
}

const SUPPORT_EVENTS = [ticketClaimedV1, agentRepliedV1, ticketResolvedV1];

describe('agent API (PostgreSQL, in-memory bus)', () => {
  let escalation: ServiceTestHost;
  let api: AgentApiClient;

  beforeAll(async () => {
    escalation = await ServiceTestHost.start('escalation_agents', escalationService, [ticketCreatedV1, ...SUPPORT_EVENTS]);
    api = await AgentApiClient.listen(escalation);
  });

  afterAll(async () => {
    await escalation?.close();
  });

  /** Opens an internal ticket through `CreateTicket`, as the saga does; returns the platform's ticket id. */
  async function openTicket(tenantId: string, overrides: Partial<CreateTicketV1> = {}): Promise<{ ticketId: string; command: Envelope<CreateTicketV1> }> {
    const command = { ...messageOf(createTicketV1, { system: 'internal', ...overrides }), tenantid: tenantId };
    await escalation.publish(createTicketV1, command);
    const [created] = await escalation.awaitReplies(ticketCreatedV1, command);
    return { ticketId: created!.data.ticketId, command };
  }

  const eventsOf = (ticketId: string) => SUPPORT_EVENTS.flatMap((c) => escalation.received(c)).filter((e) => e.data.ticketId === ticketId);

  it('lists the open queue urgent first, then oldest first, with the handoff package, page by page', async () => {
    const tenant = `tnt_queue_${randomUUID()}`;
    const normal = await openTicket(tenant, { priority: 'normal' });
    const urgent = await openTicket(tenant, { priority: 'urgent' });
    const low = await openTicket(tenant, { priority: 'low' });
    const laterNormal = await openTicket(tenant, {
      priority: 'normal',
      handoff: { ...normal.command.data.handoff, transcript: [{ role: 'customer', text: 'Where is my parcel?' }, { role: 'assistant', text: 'It ships today.' }] },
    });
    const all = await api.call<{ tickets: TicketView[] }>('GET', '/v1/agent/tickets', { as: agent(tenant, 'anna') });
    expect(all.status).toBe(200);
    expect(all.body.tickets.map((t) => t.id)).toEqual([urgent.ticketId, normal.ticketId, laterNormal.ticketId, low.ticketId]);
    const { handoff, data } = { handoff: normal.command.data.handoff, data: normal.command.data };
    expect(all.body.tickets[1]).toEqual({
      id: normal.ticketId, status: 'open', priority: 'normal', reason: data.reason, system: 'internal',
      conversationId: data.conversationId, queryId: data.queryId, customerId: data.userId,
      createdAt: expect.any(String), updatedAt: expect.any(String),
      handoff: { summary: handoff.summary, question: handoff.question, draftAnswer: handoff.draftAnswer, citations: handoff.citations, transcript: [], sentimentTrend: [], orders: [], language: 'en' },
    });
    expect(all.body.tickets[2]!.handoff.transcript).toHaveLength(2);
    // One score per customer turn of the transcript.
    expect(all.body.tickets[2]!.handoff.sentimentTrend).toEqual([0]);

    const first = await api.call<{ tickets: TicketView[]; nextAfter?: string }>('GET', '/v1/agent/tickets?status=open&limit=2', { as: agent(tenant, 'anna') });
    expect(first.body.tickets.map((t) => t.id)).toEqual([urgent.ticketId, normal.ticketId]);
    expect(first.body.nextAfter).toBe(normal.ticketId);
    const second = await api.call<{ tickets: TicketView[]; nextAfter?: string }>('GET', `/v1/agent/tickets?limit=2&after=${first.body.nextAfter!}`, { as: agent(tenant, 'anna') });
    expect(second.body.tickets.map((t) => t.id)).toEqual([laterNormal.ticketId, low.ticketId]);
    const last = await api.call<{ tickets: TicketView[]; nextAfter?: string }>('GET', `/v1/agent/tickets?limit=2&after=${low.ticketId}`, { as: agent(tenant, 'anna') });
    expect(last.body).toEqual({ tickets: [] });
  });

  it('answers bad queue parameters with 400 naming the parameter', async () => {
    const anna = agent('tnt_spec', 'anna');
    for (const [query, field] of [['status=closed', 'query.status'], ['limit=0', 'query.limit'], ['limit=201', 'query.limit'], ['after=abc', 'query.after'], [`after=${randomUUID()}`, 'query.after']] as const) {
      const response = await api.call<ErrorBody>('GET', `/v1/agent/tickets?${query}`, { as: anna });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'ESCALATION.INVALID_REQUEST', message: expect.stringContaining(field) });
    }
  });

  it('takes a ticket through claim, reply and resolve, publishing one numbered event per change', async () => {
    const tenant = `tnt_flow_${randomUUID()}`;
    const { ticketId, command } = await openTicket(tenant, { priority: 'high' });
    const anna = agent(tenant, 'anna');
    const ben = agent(tenant, 'ben');

    expect((await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: anna, body: { text: 'Hello' } })).body.error.code).toBe('ESCALATION.TICKET_NOT_CLAIMED');
    const claimed = await api.call<TicketView>('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: anna });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ id: ticketId, status: 'claimed', claimedBy: 'anna', claimedAt: expect.any(String) });
    // The same agent again (a retried request): same answer, no second event.
    expect((await api.call<TicketView>('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: anna })).body).toEqual(claimed.body);
    const taken = await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: ben });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('ESCALATION.TICKET_CLAIMED_BY_ANOTHER');
    expect((await api.call<{ tickets: TicketView[] }>('GET', '/v1/agent/tickets?status=claimed', { as: ben })).body.tickets.map((t) => t.id)).toEqual([ticketId]);
    expect((await api.call<{ tickets: TicketView[] }>('GET', '/v1/agent/tickets', { as: ben })).body.tickets).toEqual([]);

    expect((await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: ben, body: { text: 'Me too' } })).status).toBe(409);
    const empty = await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: anna, body: { text: '   ' } });
    expect([empty.status, empty.body.error.message]).toEqual([400, 'body.text: must not be empty']);
    const tooLong = await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: anna, body: { text: 'x'.repeat(8001) } });
    expect([tooLong.status, tooLong.body.error.message]).toEqual([400, 'body.text: must be at most 8000 characters']);
    const reply = await api.call<{ id: string; text: string; language: string; agentId: string }>('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: anna, body: { text: 'I have approved your return.' } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ text: 'I have approved your return.', language: 'en', agentId: 'anna' });

    expect((await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/resolve`, { as: ben })).body.error.code).toBe('ESCALATION.TICKET_CLAIMED_BY_ANOTHER');
    const resolved = await api.call<TicketView>('POST', `/v1/agent/tickets/${ticketId}/resolve`, { as: anna, body: { resolution: 'Return approved.' } });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: 'Return approved.', resolvedAt: expect.any(String) });
    expect((await api.call<TicketView>('POST', `/v1/agent/tickets/${ticketId}/resolve`, { as: anna })).status).toBe(200);
    const late = await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: anna, body: { text: 'One more thing' } });
    expect([late.status, late.body.error.code]).toEqual([409, 'ESCALATION.TICKET_RESOLVED']);
    expect((await api.call<ErrorBody>('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: ben })).status).toBe(409);

    const detail = await api.call<TicketView & { replies: { id: string; text: string }[] }>('GET', `/v1/agent/tickets/${ticketId}`, { as: ben });
    expect(detail.body.replies).toEqual([expect.objectContaining({ id: reply.body.id, text: 'I have approved your return.' })]);

    const { conversationId, queryId } = command.data;
    await eventually(() => expect(eventsOf(ticketId)).toHaveLength(3));
    const events = eventsOf(ticketId).sort((a, b) => a.data.sequence - b.data.sequence);
    expect(events.map((e) => [e.type, e.data.sequence, e.subject, e.tenantid, e.correlationid])).toEqual([
      [ticketClaimedV1.type, 1, conversationId, tenant, ticketId],
      [agentRepliedV1.type, 2, conversationId, tenant, ticketId],
      [ticketResolvedV1.type, 3, conversationId, tenant, ticketId],
    ]);
    expect(events[1]!.data).toEqual({ ticketId, conversationId, queryId, replyId: reply.body.id, agentId: 'anna', text: 'I have approved your return.', language: 'en', sentAt: expect.any(String), sequence: 2 });
    expect(events[2]!.data).toMatchObject({ agentId: 'anna', resolution: 'Return approved.' });
    // Nothing else is waiting in the outbox: the repeated claim and resolve published nothing.
    const outbox = await escalation.sql.query<{ type: string }[]>(
      `SELECT headers->>'ce_type' AS type FROM escalation.outbox WHERE topic LIKE 'support.%' AND headers->>'ce_correlationid' = $1`, [ticketId],
    );
    expect(outbox.map((r) => r.type).sort()).toEqual([agentRepliedV1.type, ticketClaimedV1.type, ticketResolvedV1.type].sort());
  });

  it('gives a ticket claimed by two agents at once to exactly one of them', async () => {
    const tenant = `tnt_race_${randomUUID()}`;
    const { ticketId } = await openTicket(tenant);
    const claims = await Promise.all(['anna', 'ben', 'carl'].map((name) => api.call('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: agent(tenant, name) })));
    expect(claims.map((c) => c.status).sort()).toEqual([200, 409, 409]);
    await eventually(() => expect(escalation.received(ticketClaimedV1).filter((e) => e.data.ticketId === ticketId)).toHaveLength(1));
  });

  it('stores the first CSAT of a resolved ticket and shows it with the ticket', async () => {
    const tenant = `tnt_csat_${randomUUID()}`;
    const { ticketId, command } = await openTicket(tenant);
    const anna = agent(tenant, 'anna');
    await api.call('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: anna });
    await api.call('POST', `/v1/agent/tickets/${ticketId}/resolve`, { as: anna });
    const csat = (score: number) => ({
      ...messageOf(csatSubmittedV1, { conversationId: command.data.conversationId, ticketId, userId: command.data.userId, score, comment: `rated ${score}` }),
      tenantid: tenant,
    });
    await escalation.publish(csatSubmittedV1, csat(4));
    await eventually(async () => {
      const ticket = await api.call<TicketView>('GET', `/v1/agent/tickets/${ticketId}`, { as: anna });
      expect(ticket.body.csat).toEqual({ score: 4, comment: 'rated 4', submittedAt: expect.any(String) });
    });
    const second = csat(1);
    await escalation.publish(csatSubmittedV1, second);
    await eventually(async () => {
      const handled = await escalation.sql.query<unknown[]>('SELECT 1 FROM escalation.inbox WHERE event_id = $1', [second.id]);
      expect(handled).toHaveLength(1);
    });
    expect((await api.call<TicketView>('GET', `/v1/agent/tickets/${ticketId}`, { as: anna })).body.csat?.score).toBe(4);
  });

  it('lets agents and admins in, and answers 401 without a token and 403 to customers and auditors', async () => {
    const tenant = `tnt_roles_${randomUUID()}`;
    const { ticketId } = await openTicket(tenant);
    const as = (roles: Caller['roles']): Caller => ({ tenantId: tenant, subject: 'someone', roles });
    expect((await api.call<ErrorBody>('GET', '/v1/agent/tickets')).body.error.code).toBe('ESCALATION.UNAUTHENTICATED');
    for (const roles of [['customer'], ['auditor']] as const) {
      const response = await api.call<ErrorBody>('GET', '/v1/agent/tickets', { as: as(roles) });
      expect([response.status, response.body.error.code]).toEqual([403, 'ESCALATION.FORBIDDEN']);
      expect((await api.call('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: as(roles) })).status).toBe(403);
    }
    expect((await api.call('GET', '/v1/agent/tickets', { as: as(['admin']) })).status).toBe(200);
    expect((await api.call<TicketView>('POST', `/v1/agent/tickets/${ticketId}/claim`, { as: as(['admin']) })).body.claimedBy).toBe('someone');
  });

  it("never shows or changes another tenant's tickets", async () => {
    const tenantA = `tnt_a_${randomUUID()}`;
    const tenantB = `tnt_b_${randomUUID()}`;
    const { ticketId } = await openTicket(tenantA);
    const intruder = agent(tenantB, 'mallory');
    expect((await api.call<{ tickets: TicketView[] }>('GET', '/v1/agent/tickets', { as: intruder })).body.tickets).toEqual([]);
    for (const [method, path] of [['GET', ''], ['POST', '/claim'], ['POST', '/resolve']] as const) {
      const response = await api.call<ErrorBody>(method, `/v1/agent/tickets/${ticketId}${path}`, { as: intruder });
      expect([response.status, response.body.error.code]).toEqual([404, 'ESCALATION.TICKET_NOT_FOUND']);
    }
    expect((await api.call('POST', `/v1/agent/tickets/${ticketId}/replies`, { as: intruder, body: { text: 'hi' } })).status).toBe(404);
    expect((await api.call<TicketView>('GET', `/v1/agent/tickets/${ticketId}`, { as: agent(tenantA, 'anna') })).body.status).toBe('open');
    expect((await api.call<ErrorBody>('GET', '/v1/agent/tickets/not-a-uuid', { as: intruder })).body.error.message).toBe('path.id: must be a ticket id (a UUID)');
  });
});
