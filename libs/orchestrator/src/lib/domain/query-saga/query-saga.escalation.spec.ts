import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1, type EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { given, msg } from './testing/given-when-then';
import {
  ANSWERED_UNTIL_DECISION,
  budgetReserved,
  escalationDecided,
  inputScreened,
  modelInvoked,
  outputScreened,
  REF,
  routed,
  submitted,
  ticketCreated,
  ticketFailed,
} from './testing/query-saga.fixtures';

const ZENDESK = { config: { ticketSystem: 'zendesk' as const } };
const ESCALATE = escalationDecided({ escalate: true, reason: 'customer_request', priority: 'normal' });
const UNTIL_TICKET = [...ANSWERED_UNTIL_DECISION, ESCALATE];
const zendeskFailed = (attempt: number, retriable = true) => ticketFailed({ system: 'zendesk', attempt, retriable });
const internalFailed = (attempt: number, retriable = true) => ticketFailed({ system: 'internal', attempt, retriable, errorCode: 'ESCALATION.QUEUE_UNAVAILABLE', message: 'agent queue table is locked' });

describe('query saga: escalation', () => {
  it("keeps the customer's tier from the question for the escalation decision, and sends none when the gateway stated none", () => {
    const premium = [submitted({ customerTier: 'premium' }), ...ANSWERED_UNTIL_DECISION.slice(1, -1)];
    given(premium)
      .when(outputScreened())
      .then([msg(evaluateEscalationV1, { customerTier: 'premium' })])
      .thenState((s) => expect(s.query.customerTier).toBe('premium'));
    const unstated = given(ANSWERED_UNTIL_DECISION.slice(0, -1)).when(outputScreened()).reaction.messages[0]?.data as EvaluateEscalationV1;
    expect(unstated.customerTier).toBeUndefined();
  });

  it('hands the agent the conversation so far, ending with the question, with the draft and its sources', () => {
    const history = [{ role: 'customer' as const, text: 'My tent arrived torn.' }, { role: 'assistant' as const, text: 'I am sorry to hear that.' }];
    const ticket = given(ANSWERED_UNTIL_DECISION, { history }).when(ESCALATE).reaction.messages[0]?.data as CreateTicketV1;
    expect(ticket.handoff.transcript).toEqual([...history, { role: 'customer', text: ticket.handoff.question }]);
    expect(ticket.handoff.draftAnswer).toEqual(expect.any(String));
    expect(ticket.handoff.citations.length).toBeGreaterThan(0);
  });

  it("hands the agent the customer's orders the model looked up, even when the answer itself was withdrawn", () => {
    const order = { orderId: 'SW-10041', status: 'shipped', carrier: 'UPS' };
    const history = [...ANSWERED_UNTIL_DECISION];
    history[history.length - 2] = modelInvoked({ orders: [order] });
    const ticket = given(history).when(ESCALATE).reaction.messages[0]?.data as CreateTicketV1;
    expect(ticket.handoff.orders).toEqual([order]);
  });

  it('retries the same ticket system on a retriable failure', () => {
    const first = given(ANSWERED_UNTIL_DECISION, ZENDESK).when(ESCALATE).reaction.messages[0]?.data as CreateTicketV1;
    given(UNTIL_TICKET, ZENDESK)
      .when(zendeskFailed(1))
      .then([msg(createTicketV1, { ...first, attempt: 2 })])
      .thenDeadline('escalate', 2);
  });

  it('falls back to the internal agent queue once Zendesk has no attempts left', () => {
    given([...UNTIL_TICKET, zendeskFailed(1), zendeskFailed(2)], ZENDESK)
      .when(zendeskFailed(3))
      .then([msg(createTicketV1, { system: 'internal', attempt: 1, reason: 'customer_request' })])
      .thenDeadline('escalate', 4);
  });

  it('falls back at once on a Zendesk failure that will not pass', () => {
    given(UNTIL_TICKET, ZENDESK).when(zendeskFailed(1, false)).then([msg(createTicketV1, { system: 'internal', attempt: 1 })]);
  });

  it('completes as escalated when the fallback ticket is created', () => {
    given([...UNTIL_TICKET, zendeskFailed(1, false)], ZENDESK)
      .when(ticketCreated({ system: 'internal', ticketId: 'tkt-internal-5' }))
      .then([msg(commitTokenUsageV1), msg(queryCompletedV1, { outcome: 'escalated', ticketId: 'tkt-internal-5' })]);
  });

  it('fails the query when the internal queue fails for good, settling the hold the answer used', () => {
    given([...UNTIL_TICKET, internalFailed(1), internalFailed(2)])
      .when(internalFailed(3))
      .then([
        msg(commitTokenUsageV1, { reservationId: 'res-1', usage: { inputTokens: 310, outputTokens: 42 } }),
        msg(queryFailedV1, { ...REF, failedStep: 'escalate', reason: { code: 'ESCALATION.QUEUE_UNAVAILABLE', message: 'agent queue table is locked' } }),
      ])
      .thenTerminal();
  });

  it('ignores a failure for a ticket system or attempt no longer in flight', () => {
    const fellBack = given([...UNTIL_TICKET, zendeskFailed(1, false)], ZENDESK);
    fellBack.when(zendeskFailed(1)).thenNothing();
    fellBack.when(internalFailed(2)).thenNothing();
  });

  it('names a reason when the escalation service escalates with reason none', () => {
    given(ANSWERED_UNTIL_DECISION)
      .when(escalationDecided({ escalate: true, reason: 'none', priority: 'low' }))
      .then([msg(createTicketV1, { reason: 'low_confidence', priority: 'low' })]);
  });

  it('keeps the handoff summary within the contract for a very long question', () => {
    const long = `Where is my order? ${'It was due last week. '.repeat(400)}`.slice(0, 7900);
    const history = [submitted({ text: long }), budgetReserved(), inputScreened({ verdict: 'allow', findings: [], redactedText: long }), routed({ complexity: 'escalate' })];
    const ticket = given([...history, ESCALATE]).when(ticketFailed({ system: 'internal', retriable: true, attempt: 1 })).reaction.messages[0]?.data as CreateTicketV1;
    expect(ticket.handoff.summary.length).toBe(2000);
    expect(ticket.handoff.summary.startsWith('Escalated: customer request. Customer asked: "Where is my order?')).toBe(true);
    expect(ticket.handoff.question).toBe(long);
  });
});
