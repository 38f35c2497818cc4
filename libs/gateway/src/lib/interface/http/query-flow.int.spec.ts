import type { Envelope } from '@sagewire/contracts';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { userQuerySubmittedV1, type UserQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { eventually } from '@sagewire/testing';
import { api, collect, createTenant, customerToken, publish, startGateway, type GatewayHarness, type TestTenant } from '../../../test/gateway-harness';
import { SseReader } from '../../../test/sse-reader';
import { answered, citation, modelInvoked, sentence } from '../../../test/saga-events';

interface History {
  messages: { role: string; text: string; queryId: string; citations?: unknown[]; outcome?: string }[];
}

/** A question's round trip: HTTP in, UserQuerySubmitted out, the saga's replies back to the client and the history. */
describe('asking questions', () => {
  let h: GatewayHarness;
  let submitted: { seen: Envelope[]; close(): Promise<void> };
  let tenant: TestTenant;

  beforeAll(async () => {
    h = await startGateway('gateway_query', { GATEWAY_ANSWER_TIMEOUT_MS: '3000' });
    submitted = await collect(h, [userQuerySubmittedV1.topic]);
    tenant = await createTenant(h, 'Query tenant');
  });

  afterAll(async () => {
    await submitted.close();
    await h.close();
  });

  const submission = (queryId: string): Promise<Envelope<UserQuerySubmittedV1>> =>
    eventually(() => {
      const found = submitted.seen.find((e) => (e.data as UserQuerySubmittedV1).queryId === queryId);
      expect(found).toBeDefined();
      return found as Envelope<UserQuerySubmittedV1>;
    });

  it('streams screened sentences, citations and done over SSE, and keeps the redacted history', async () => {
    const token = await customerToken(h, tenant, 'carol');
    const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token, body: { language: 'en' } });
    const response = await fetch(`${h.baseUrl}/v1/conversations/${conversation.body.id}/messages`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text: 'How do I return my order? Call me at 555-0100' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = new SseReader(response);
    const accepted = await reader.next();
    const queryId = (JSON.parse(accepted!.data) as { queryId: string }).queryId;
    expect(accepted!.event).toBe('accepted');

    const event = await submission(queryId);
    expect(event).toMatchObject({ subject: conversation.body.id, correlationid: queryId, source: '/sagewire/gateway', tenantid: tenant.tenantId });
    expect(event.data).toMatchObject({ conversationId: conversation.body.id, userId: 'carol', channel: 'api', turn: 1, language: 'en', text: 'How do I return my order? Call me at 555-0100' });

    const ref = { queryId, conversationId: conversation.body.id };
    await publish(h, inputScreenedV1, { ...ref, verdict: 'redact', findings: [{ type: 'pii', action: 'redact', label: 'PHONE' }], redactedText: 'How do I return my order? Call me at [PHONE]' }, tenant.tenantId, ref.conversationId);
    await publish(h, modelInvokedV1, modelInvoked(ref), tenant.tenantId, ref.conversationId);
    const first = await publish(h, outputScreenedV1, sentence(ref, 0, 'Returns are free within 30 days.'), tenant.tenantId, ref.conversationId);
    await h.bus.publish([{ topic: outputScreenedV1.topic, key: ref.conversationId, value: Buffer.from(JSON.stringify(first.data)), headers: headersOf(first) }]);
    await publish(h, outputScreenedV1, sentence(ref, 1, 'Use the returns form.'), tenant.tenantId, ref.conversationId);
    const streamed = await reader.take(3);
    expect(streamed.slice(1).map((e) => [e.event, JSON.parse(e.data)])).toEqual([
      ['chunk', { sequence: 0, text: 'Returns are free within 30 days.' }],
      ['chunk', { sequence: 1, text: 'Use the returns form.' }],
    ]);

    await publish(h, outputScreenedV1, { ...ref, verdict: 'pass', groundingScore: 0.9, findings: [], screenedText: 'Returns are free within 30 days. Use the returns form.' }, tenant.tenantId, ref.conversationId);
    await publish(h, queryCompletedV1, answered(ref), tenant.tenantId, ref.conversationId);
    const all = await reader.rest();
    expect(all.map((e) => e.event)).toEqual(['accepted', 'chunk', 'chunk', 'citations', 'done']);
    expect(JSON.parse(all[3]!.data)).toEqual({ citations: [citation] });
    expect(JSON.parse(all[4]!.data)).toEqual({ queryId, outcome: 'answered', text: 'Returns are free within 30 days. Use the returns form.' });

    await eventually(async () => {
      const history = await api<History>(h, 'GET', `/v1/conversations/${conversation.body.id}`, { token });
      expect(history.body.messages).toEqual([
        expect.objectContaining({ role: 'customer', queryId, text: 'How do I return my order? Call me at [PHONE]' }),
        expect.objectContaining({ role: 'assistant', queryId, text: 'Returns are free within 30 days. Use the returns form.', citations: [citation], outcome: 'answered' }),
      ]);
    });

    const next = await fetch(`${h.baseUrl}/v1/conversations/${conversation.body.id}/messages?stream=true`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'And exchanges?' }),
    });
    const secondReader = new SseReader(next);
    const secondId = (JSON.parse((await secondReader.next())!.data) as { queryId: string }).queryId;
    expect((await submission(secondId)).data.turn).toBe(2);
    await secondReader.cancel();
  });

  it("carries the asking customer's tier from their token into UserQuerySubmitted, and none when the caller states none", async () => {
    const minted = await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId: 'erin', roles: ['customer'], tier: 'premium' } });
    const premium = minted.body.accessToken;
    const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token: premium, body: {} });
    /** Asks over SSE and leaves once accepted: only the published event matters here. */
    const ask = async (token: string): Promise<string> => {
      const response = await fetch(`${h.baseUrl}/v1/conversations/${conversation.body.id}/messages?stream=true`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'I want to cancel my order' }),
      });
      const reader = new SseReader(response);
      const accepted = await reader.next();
      await reader.cancel();
      return (JSON.parse(accepted!.data) as { queryId: string }).queryId;
    };

    expect((await submission(await ask(premium))).data).toMatchObject({ userId: 'erin', customerTier: 'premium' });
    // The tenant's backend asking on the customer's behalf with its API key states no tier.
    expect((await submission(await ask(tenant.adminKey))).data).not.toHaveProperty('customerTier');
  });

  it('waits for the answer as JSON and replies with the canned escalation text in the conversation language', async () => {
    const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token: tenant.adminKey, body: { userId: 'dave', language: 'es' } });
    const pending = api(h, 'POST', `/v1/conversations/${conversation.body.id}/messages`, { token: tenant.adminKey, body: { text: 'Quiero hablar con una persona' } });
    const event = await eventually(() => {
      const found = submitted.seen.find((e) => (e.data as UserQuerySubmittedV1).conversationId === conversation.body.id);
      expect(found).toBeDefined();
      return found as Envelope<UserQuerySubmittedV1>;
    });
    expect(event.data.userId).toBe('dave');
    const ref = { queryId: event.data.queryId, conversationId: conversation.body.id };
    await publish(h, escalationDecidedV1, { ...ref, escalate: true, reason: 'customer_request', priority: 'normal' }, tenant.tenantId, ref.conversationId);
    await publish(h, ticketCreatedV1, { ...ref, ticketId: 'ticket-7', system: 'internal', priority: 'normal' }, tenant.tenantId, ref.conversationId);
    await publish(h, queryCompletedV1, { ...answered(ref), outcome: 'escalated', ticketId: 'ticket-7' }, tenant.tenantId, ref.conversationId);
    const canned = 'He pasado tu pregunta a un miembro de nuestro equipo; te responderá aquí.';
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ queryId: ref.queryId, outcome: 'escalated', text: canned, citations: [], ticketId: 'ticket-7' });
    await eventually(async () => {
      const history = await api<History>(h, 'GET', `/v1/conversations/${conversation.body.id}`, { token: tenant.adminKey });
      expect(history.body.messages[1]).toMatchObject({ role: 'assistant', text: canned, outcome: 'escalated' });
    });
  });

  it('answers 202 pending when the saga does not finish in time', async () => {
    const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token: tenant.adminKey, body: {} });
    const response = await api<{ queryId: string; status: string }>(h, 'POST', `/v1/conversations/${conversation.body.id}/messages`, { token: tenant.adminKey, body: { text: 'Anyone there?' } });
    expect(response.status).toBe(202);
    expect(response.body.status).toBe('pending');
    expect((await submission(response.body.queryId)).data.text).toBe('Anyone there?');
  });
});

function headersOf(envelope: Envelope): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(envelope)) if (name !== 'data' && name !== 'datacontenttype' && typeof value === 'string') headers[`ce_${name}`] = value;
  return headers;
}
