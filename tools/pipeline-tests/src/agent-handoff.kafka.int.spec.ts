import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { GatewayClient, readSse, type SseEvent } from '@sagewire/e2e-harness';
import { messageOf } from '@sagewire/service-testing';
import { eventually } from '@sagewire/testing';
import { ADMIN_TOKEN, HandoffPlatform } from './support/handoff-platform';

interface QueueItem {
  id: string;
  conversationId: string;
  status: string;
  handoff: { draftAnswer?: string };
  csat?: { score: number };
}

/** Kafka group joins and topic creation take a few seconds each. */
const KAFKA_TIMEOUT = { timeoutMs: 30_000 };

/**
 * The promise of the handoff, end to end over the real broker: a human agent takes over an
 * escalated conversation through the escalation service's API, and the customer, who only
 * talks to the gateway, sees the agent's reply in the conversation's stream, then rates it.
 */
describe('handing a conversation to a human agent (gateway + escalation on Kafka)', () => {
  let platform: HandoffPlatform;

  beforeAll(async () => {
    platform = await HandoffPlatform.start();
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
  });

  async function agentApi<T>(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${platform.escalationUrl}${path}`, {
      method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  it("delivers the agent's reply to the customer's stream, then the resolution and the request for a rating", async () => {
    const gateway = new GatewayClient(platform.gatewayUrl);
    const tenant = await gateway.createTenant(ADMIN_TOKEN, 'Handoff tenant');
    const customer = await gateway.token(tenant.adminKey, 'carol', ['customer']);
    const agent = await gateway.token(tenant.adminKey, 'agt_anna', ['agent']);
    const conversationId = await gateway.createConversation(customer);

    const stream = await fetch(`${platform.gatewayUrl}/v1/conversations/${conversationId}/events`, { headers: { authorization: `Bearer ${customer}` } });
    expect(stream.status).toBe(200);
    const seen: SseEvent[] = [];
    const ended = readSse(stream, (event) => seen.push(event), 'csat_requested');
    await eventually(() => expect(seen.map((e) => e.event)).toEqual(['ready']));

    // The saga escalated the customer's question: its CreateTicket opens the ticket in the internal queue.
    const command = { ...messageOf(createTicketV1, { conversationId, userId: 'carol', system: 'internal', priority: 'high' }), tenantid: tenant.tenantId };
    await platform.publish(createTicketV1, command);
    const ticket = await eventually(async () => {
      const queue = await agentApi<{ tickets: QueueItem[] }>(agent, 'GET', '/v1/agent/tickets?status=open');
      const found = queue.body.tickets.find((t) => t.conversationId === conversationId);
      expect(found).toBeDefined();
      return found!;
    }, KAFKA_TIMEOUT);
    expect(ticket.handoff.draftAnswer).toBe(command.data.handoff.draftAnswer);

    expect((await agentApi(agent, 'POST', `/v1/agent/tickets/${ticket.id}/claim`)).status).toBe(200);
    const text = 'Hi Carol, I have approved the return of your tent; a prepaid label is on its way.';
    expect((await agentApi(agent, 'POST', `/v1/agent/tickets/${ticket.id}/replies`, { text })).status).toBe(201);
    await eventually(() => expect(seen.find((e) => e.event === 'agent_reply')?.data).toMatchObject({ ticketId: ticket.id, text }), KAFKA_TIMEOUT);

    expect((await agentApi(agent, 'POST', `/v1/agent/tickets/${ticket.id}/resolve`, { resolution: 'Return approved.' })).status).toBe(200);
    await ended;
    expect(seen.map((e) => e.event)).toEqual(['ready', 'ticket_claimed', 'agent_reply', 'ticket_resolved', 'csat_requested']);
    expect(seen[4]!.data).toEqual({ ticketId: ticket.id });

    const rated = await gateway.json<{ ticketId: string; score: number }>('POST', `/v1/conversations/${conversationId}/csat`, { score: 5, comment: 'Fast and kind.' }, { authorization: `Bearer ${customer}` });
    expect(rated).toMatchObject({ ticketId: ticket.id, score: 5 });
    await eventually(async () => {
      const stored = await agentApi<QueueItem>(agent, 'GET', `/v1/agent/tickets/${ticket.id}`);
      expect(stored.body).toMatchObject({ status: 'resolved', csat: { score: 5 } });
    }, KAFKA_TIMEOUT);

    await eventually(async () => {
      const history = await gateway.json<{ messages: { role: string; text: string }[] }>('GET', `/v1/conversations/${conversationId}`, undefined, { authorization: `Bearer ${customer}` });
      expect(history.messages).toContainEqual(expect.objectContaining({ role: 'agent', text }));
    }, KAFKA_TIMEOUT);
  }, 120_000);
});
