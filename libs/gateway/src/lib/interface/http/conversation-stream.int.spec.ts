import { randomUUID } from 'node:crypto';
import type { Envelope } from '@sagewire/contracts';
import { agentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { csatSubmittedV1, type CsatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import { ticketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import { ticketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import { eventually } from '@sagewire/testing';
import { api, collect, createTenant, customerToken, publish, startGateway, type ErrorBody, type GatewayHarness, type TestTenant } from '../../../test/gateway-harness';
import { SseReader } from '../../../test/sse-reader';

interface History {
  messages: { role: string; text: string; replyId?: string; ticketId?: string; queryId?: string }[];
}

/** What the escalation service publishes as an agent works a ticket (sequence: claim 1, replies, resolution last). */
function ticketEvents(conversationId: string) {
  const ref = { ticketId: randomUUID(), conversationId, queryId: `qry_${randomUUID()}` };
  return {
    ref,
    claimed: { ...ref, agentId: 'agt_anna', claimedAt: new Date().toISOString(), sequence: 1 },
    replied: { ...ref, replyId: randomUUID(), agentId: 'agt_anna', text: 'I have approved your return.', language: 'en', sentAt: new Date().toISOString(), sequence: 2 },
    resolved: { ...ref, agentId: 'agt_anna', resolution: 'Return approved.', resolvedAt: new Date().toISOString(), sequence: 3 },
  };
}

describe('the conversation stream and CSAT', () => {
  let h: GatewayHarness;
  let tenant: TestTenant;
  let csats: { seen: Envelope[]; close(): Promise<void> };

  beforeAll(async () => {
    h = await startGateway('gateway_conv_stream', { GATEWAY_TICKET_ORDER_GRACE_MS: '5000' });
    tenant = await createTenant(h, 'Stream tenant');
    csats = await collect(h, [csatSubmittedV1.topic]);
  });

  afterAll(async () => {
    await csats.close();
    await h.close();
  });

  async function conversationOf(userId: string): Promise<{ id: string; token: string }> {
    const token = await customerToken(h, tenant, userId);
    const created = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token, body: { language: 'en' } });
    return { id: created.body.id, token };
  }

  async function openStream(conversationId: string, token: string): Promise<SseReader> {
    const response = await fetch(`${h.baseUrl}/v1/conversations/${conversationId}/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = new SseReader(response);
    expect(await reader.next()).toEqual({ event: 'ready', data: JSON.stringify({ conversationId }) });
    return reader;
  }

  it("pushes an agent's reply, the resolution and the rating request in order, without naming the agent", async () => {
    const { id, token } = await conversationOf('carol');
    const reader = await openStream(id, token);
    const { claimed, replied, resolved } = ticketEvents(id);
    await publish(h, ticketClaimedV1, claimed, tenant.tenantId, id);
    // The resolution overtakes the reply (another topic): the stream still shows the reply first.
    await publish(h, ticketResolvedV1, resolved, tenant.tenantId, id);
    await publish(h, agentRepliedV1, replied, tenant.tenantId, id);
    const events = (await reader.take(5)).slice(1);
    expect(events.map((e) => [e.event, JSON.parse(e.data)])).toEqual([
      ['ticket_claimed', { ticketId: claimed.ticketId }],
      ['agent_reply', { replyId: replied.replyId, ticketId: replied.ticketId, text: 'I have approved your return.', language: 'en', sentAt: replied.sentAt }],
      ['ticket_resolved', { ticketId: resolved.ticketId }],
      ['csat_requested', { ticketId: resolved.ticketId }],
    ]);
    expect(events.map((e) => e.data).join()).not.toContain('agt_anna');
    await reader.cancel();

    await eventually(async () => {
      const history = await api<History>(h, 'GET', `/v1/conversations/${id}`, { token });
      expect(history.body.messages).toEqual([
        { role: 'agent', text: 'I have approved your return.', replyId: replied.replyId, ticketId: replied.ticketId, queryId: replied.queryId, language: 'en', createdAt: replied.sentAt },
      ]);
    });
  });

  it('lets agents of the tenant follow the stream, and nobody else', async () => {
    const { id } = await conversationOf('dave');
    const agentToken = (await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'agt_anna', roles: ['agent'] } })).body.accessToken;
    const reader = await openStream(id, agentToken);
    await reader.cancel();
    const stranger = await customerToken(h, tenant, 'erin');
    const other = await createTenant(h, 'Other stream tenant');
    const foreignAgent = (await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: other.adminKey, body: { userId: 'agt_x', roles: ['agent'] } })).body.accessToken;
    for (const token of [stranger, foreignAgent]) {
      const response = await api<ErrorBody>(h, 'GET', `/v1/conversations/${id}/events`, { token });
      expect([response.status, response.body.error.code]).toEqual([404, 'GATEWAY.NOT_FOUND']);
    }
    expect((await api(h, 'GET', `/v1/conversations/${id}/events`)).status).toBe(401);
    expect((await api<ErrorBody>(h, 'GET', '/v1/conversations/not-a-uuid/events', { token: stranger })).body.error.message).toBe('path.id: must be a UUID');
  });

  it("never shows another tenant's ticket events", async () => {
    const { id, token } = await conversationOf('frank');
    const reader = await openStream(id, token);
    const foreign = ticketEvents(id);
    await publish(h, ticketClaimedV1, foreign.claimed, 'tnt_someone_else', id);
    const own = ticketEvents(id);
    await publish(h, ticketClaimedV1, own.claimed, tenant.tenantId, id);
    const [, first] = await reader.take(2);
    expect(JSON.parse(first!.data)).toEqual({ ticketId: own.ref.ticketId });
    await reader.cancel();
  });

  it('takes one rating per resolved ticket from the conversation owner, and publishes it', async () => {
    const { id, token } = await conversationOf('gina');
    const path = `/v1/conversations/${id}/csat`;
    const early = await api<ErrorBody>(h, 'POST', path, { token, body: { score: 5 } });
    expect([early.status, early.body.error.code]).toEqual([409, 'GATEWAY.CONFLICT']);
    expect(early.body.error.message).toContain('nothing to rate yet');

    const reader = await openStream(id, token);
    const { claimed, resolved, ref } = ticketEvents(id);
    await publish(h, ticketClaimedV1, claimed, tenant.tenantId, id);
    await publish(h, ticketResolvedV1, { ...resolved, sequence: 2 }, tenant.tenantId, id);
    // The rating request is the customer's cue: a rating sent right after it must be accepted.
    const events = await reader.take(4);
    expect(events[3]?.event).toBe('csat_requested');
    await reader.cancel();

    for (const [body, message] of [
      [{ score: 0 }, 'body.score: must be at least 1'],
      [{ score: 6 }, 'body.score: must be at most 5'],
      [{ score: 4.5 }, 'body.score: must be a whole number from 1 to 5'],
      [{ score: 'five' }, 'body.score: must be a whole number from 1 to 5'],
      [{ score: 4, comment: 'x'.repeat(1001) }, 'body.comment: must be at most 1000 characters'],
    ] as const) {
      const bad = await api<ErrorBody>(h, 'POST', path, { token, body });
      expect([bad.status, bad.body.error.message]).toEqual([400, message]);
    }
    const agentToken = (await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'agt_anna', roles: ['agent'] } })).body.accessToken;
    expect((await api(h, 'POST', path, { token: agentToken, body: { score: 5 } })).status).toBe(403);
    expect((await api(h, 'POST', path, { token: await customerToken(h, tenant, 'hank'), body: { score: 5 } })).status).toBe(404);

    const rated = await api<{ ticketId: string; score: number; submittedAt: string }>(h, 'POST', path, { token, body: { score: 4, comment: 'Quick, thanks' } });
    expect(rated.status).toBe(201);
    expect(rated.body).toEqual({ conversationId: id, ticketId: ref.ticketId, score: 4, submittedAt: expect.any(String) });
    const again = await api<ErrorBody>(h, 'POST', path, { token, body: { score: 1 } });
    expect([again.status, again.body.error.message]).toEqual([409, `ticket ${ref.ticketId} is already rated; each resolved ticket takes one rating`]);

    const published = await eventually(() => {
      const found = csats.seen.filter((e) => e.subject === id);
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(published).toMatchObject({ tenantid: tenant.tenantId, source: '/sagewire/gateway', correlationid: ref.ticketId });
    expect(published.data as CsatSubmittedV1).toEqual({ conversationId: id, ticketId: ref.ticketId, userId: 'gina', score: 4, comment: 'Quick, thanks', submittedAt: rated.body.submittedAt });
  });
});
