import { randomUUID } from 'node:crypto';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { evaluateEscalationV1, type EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { ServiceTestHost, messageOf } from '@sagewire/service-testing';
import { escalationService } from './escalation.service';

/** Two tenants that read the same answer differently; `tnt_spec` (every other case) keeps the defaults. */
const TENANT_POLICIES = { tenants: { tnt_strict: { minConfidence: 0.7 }, tnt_lenient: { minConfidence: 0.5, premiumCustomerSensitive: false } } };

describe('escalation service (PostgreSQL, in-memory bus)', () => {
  let escalation: ServiceTestHost;

  beforeAll(async () => {
    escalation = await ServiceTestHost.start('escalation_svc', escalationService, [escalationDecidedV1, ticketCreatedV1, ticketCreationFailedV1], {
      ESCALATION_MAX_TURNS: '3', ESCALATION_TENANT_POLICIES: JSON.stringify(TENANT_POLICIES),
    });
  });

  /** The decision on `overrides` for a command of `tenantId`. */
  async function decide(tenantId: string, overrides: Partial<EvaluateEscalationV1>) {
    const command = { ...messageOf(evaluateEscalationV1, overrides), tenantid: tenantId };
    await escalation.publish(evaluateEscalationV1, command);
    const [decided] = await escalation.awaitReplies(escalationDecidedV1, command);
    expect(decided!.tenantid).toBe(tenantId);
    return decided!.data;
  }

  afterAll(async () => {
    await escalation?.close();
  });

  it('escalates an explicit request for a human as customer_request', async () => {
    const command = messageOf(evaluateEscalationV1, { question: 'I want to talk to a human', routedComplexity: 'simple' });
    await escalation.publish(evaluateEscalationV1, command);
    const [decided] = await escalation.awaitReplies(escalationDecidedV1, command);
    expect(decided!.data).toMatchObject({ queryId: command.data.queryId, escalate: true, reason: 'customer_request', priority: 'normal' });
    expect(decided!.subject).toBe(command.data.conversationId);
  });

  it('lets a confident, screened answer through without escalation', async () => {
    const command = messageOf(evaluateEscalationV1, { confidence: 0.91, outputVerdict: 'pass' });
    await escalation.publish(evaluateEscalationV1, command);
    const [decided] = await escalation.awaitReplies(escalationDecidedV1, command);
    expect(decided!.data).toMatchObject({ escalate: false, reason: 'none', priority: 'low' });
  });

  it("decides each tenant's query with that tenant's policy", async () => {
    const signals = { question: 'How do I reset my password?', confidence: 0.6, customerTier: 'standard' as const };
    expect(await decide('tnt_strict', signals)).toMatchObject({ escalate: true, reason: 'low_confidence', rationale: 'Answer confidence 0.6 is below 0.7.' });
    expect(await decide('tnt_lenient', signals)).toMatchObject({ escalate: false, reason: 'none' });
  });

  it("hands a premium customer's cancellation to a human with high priority, unless the tenant turned that off", async () => {
    const cancel = { question: 'I want to cancel my order', customerTier: 'premium' as const };
    expect(await decide('tnt_strict', cancel)).toMatchObject({ escalate: true, reason: 'premium_customer_sensitive', priority: 'high' });
    expect(await decide('tnt_lenient', cancel)).toMatchObject({ escalate: false, reason: 'none' });
    expect(await decide('tnt_strict', { ...cancel, customerTier: 'standard' })).toMatchObject({ escalate: false });
  });

  it('reads its thresholds from the environment', async () => {
    const command = messageOf(evaluateEscalationV1, { turn: 4 });
    await escalation.publish(evaluateEscalationV1, command);
    const [decided] = await escalation.awaitReplies(escalationDecidedV1, command);
    expect(decided!.data).toMatchObject({ escalate: true, reason: 'max_turns_exceeded' });
  });

  it('opens one ticket for a redelivered CreateTicket and answers both with the same ticket id', async () => {
    const command = messageOf(createTicketV1, { system: 'internal' });
    await escalation.publish(createTicketV1, command);
    await escalation.awaitReplies(ticketCreatedV1, command);
    // The same command again, as after a lost acknowledgement, and as a new retry of the saga.
    await escalation.publish(createTicketV1, command);
    const retry = { ...command, id: randomUUID(), data: { ...command.data, attempt: 2 } };
    await escalation.publish(createTicketV1, retry);
    const [again] = await escalation.awaitReplies(ticketCreatedV1, retry);
    const first = escalation.repliesTo(ticketCreatedV1, command);
    expect(first).toHaveLength(1);
    expect(again!.data.ticketId).toBe(first[0]!.data.ticketId);
    const rows = await escalation.sql.query<{ count: string }[]>(
      'SELECT count(*) FROM escalation.tickets WHERE tenant_id = $1 AND query_id = $2', [command.tenantid, command.data.queryId],
    );
    expect(Number(rows[0]!.count)).toBe(1);
  });

  it('fails a Zendesk ticket without a connection at once and for good, so the saga falls back to the internal queue', async () => {
    const command = messageOf(createTicketV1, { system: 'zendesk' });
    await escalation.publish(createTicketV1, command);
    const [failed] = await escalation.awaitReplies(ticketCreationFailedV1, command);
    expect(failed!.data).toMatchObject({ system: 'zendesk', errorCode: 'ESCALATION.TICKET_SYSTEM_NOT_CONFIGURED', retriable: false, attempt: 1 });
    const rows = await escalation.sql.query<unknown[]>('SELECT 1 FROM escalation.tickets WHERE tenant_id = $1 AND query_id = $2', [command.tenantid, command.data.queryId]);
    expect(rows).toEqual([]);
  });
});
