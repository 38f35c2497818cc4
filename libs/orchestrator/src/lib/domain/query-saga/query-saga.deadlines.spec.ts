import { answerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1, type EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { queryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { given, msg, NOW } from './testing/given-when-then';
import {
  ANSWERED_UNTIL_DECISION,
  budgetReserved,
  escalationDecided,
  inputScreened,
  modelInvoked,
  REF,
  passagesScreened,
  retrieved,
  routed,
  submitted,
  timeout,
} from './testing/query-saga.fixtures';

const UNTIL_SCREEN_INPUT = [submitted(), budgetReserved()];
const UNTIL_ROUTE = [...UNTIL_SCREEN_INPUT, inputScreened()];
const UNTIL_GENERATION = [...UNTIL_ROUTE, routed(), retrieved(), passagesScreened()];

describe('query saga: deadlines', () => {
  it('arms each wait with its configured deadline from the injected clock', () => {
    given(UNTIL_GENERATION.slice(0, -1))
      .when(passagesScreened())
      .thenDeadline('generate', 1);
    expect(given(UNTIL_GENERATION.slice(0, -1)).when(passagesScreened()).reaction.deadline?.dueAt).toBe(new Date(NOW.getTime() + 60_000).toISOString());
  });

  it('resends the same command when a wait runs out, with the next attempt armed', () => {
    const first = given([]).when(submitted()).reaction.messages[0];
    given([submitted()]).when(timeout('reserve_budget', 1)).then([msg(reserveTokenBudgetV1, first?.data)]).thenDeadline('reserve_budget', 2);
  });

  it('fails the query when the budget never answers: nothing is held, nothing to release', () => {
    given([submitted(), timeout('reserve_budget', 1), timeout('reserve_budget', 2)])
      .when(timeout('reserve_budget', 3))
      .then([msg(queryFailedV1, { ...REF, failedStep: 'reserve_budget', reason: { code: 'SAGA.STEP_TIMED_OUT' } })])
      .thenTerminal();
  });

  it('releases the hold before failing when input screening never answers', () => {
    given([...UNTIL_SCREEN_INPUT, timeout('screen_input', 1), timeout('screen_input', 2)])
      .when(timeout('screen_input', 3))
      .then([msg(releaseTokenBudgetV1, { reason: 'query_failed' }), msg(queryFailedV1, { failedStep: 'screen_input', reason: { code: 'SAGA.STEP_TIMED_OUT' } })]);
  });

  it('treats an unrouted question as complex and retrieves', () => {
    given([...UNTIL_ROUTE, timeout('route', 1), timeout('route', 2)])
      .when(timeout('route', 3))
      .then([msg(retrieveDocumentsV1, { language: 'en' })])
      .thenDeadline('retrieve', 1)
      .thenState((s) => expect(s.routedComplexity).toBe('complex'));
  });

  it('escalates as retrieval_failed when retrieval never answers', () => {
    given([...UNTIL_ROUTE, routed(), timeout('retrieve', 1), timeout('retrieve', 2)])
      .when(timeout('retrieve', 3))
      .then([msg(evaluateEscalationV1, { failure: 'retrieval_failed' })]);
  });

  it('counts a generation timeout as a retriable failure of the attempt in flight', () => {
    given(UNTIL_GENERATION).when(timeout('generate', 1)).then([msg(invokeModelV1, { model: 'local-extractive', attempt: 2 })]).thenDeadline('generate', 2);
    given([...UNTIL_GENERATION, timeout('generate', 1)])
      .when(timeout('generate', 2))
      .then([msg(releaseTokenBudgetV1, { reason: 'generation_failed' }), msg(answerRetractedV1, { reason: 'generation_failed' }), msg(evaluateEscalationV1, { failure: 'generation_failed' })]);
  });

  it('fails closed when the whole answer cannot be screened in time: retract and escalate', () => {
    const reaction = given([...UNTIL_GENERATION, modelInvoked(), timeout('screen_output', 1), timeout('screen_output', 2)])
      .when(timeout('screen_output', 3))
      .then([msg(answerRetractedV1, { reason: 'output_blocked' }), msg(evaluateEscalationV1, { failure: 'guardrail_block' })]).reaction;
    expect((reaction.messages[1]?.data as EvaluateEscalationV1).answerText).toBeUndefined();
  });

  it('settles the hold the answer used when the escalation decision never comes', () => {
    given([...ANSWERED_UNTIL_DECISION, timeout('decide_escalation', 1), timeout('decide_escalation', 2)])
      .when(timeout('decide_escalation', 3))
      .then([msg(commitTokenUsageV1, { usage: { inputTokens: 310 } }), msg(queryFailedV1, { failedStep: 'decide_escalation' })]);
  });

  it('retries ticket creation on timeout, then falls back to the internal queue', () => {
    const untilTicket = [...ANSWERED_UNTIL_DECISION, escalationDecided({ escalate: true, reason: 'customer_request', priority: 'normal' })];
    const zendesk = { config: { ticketSystem: 'zendesk' as const } };
    given(untilTicket, zendesk).when(timeout('escalate', 1)).then([msg(createTicketV1, { system: 'zendesk', attempt: 2 })]);
    given([...untilTicket, timeout('escalate', 1), timeout('escalate', 2)], zendesk)
      .when(timeout('escalate', 3))
      .then([msg(createTicketV1, { system: 'internal', attempt: 1 })])
      .thenDeadline('escalate', 4);
  });

  it('ignores stale timers: a passed step, an earlier attempt, an attempt not sent yet', () => {
    given(UNTIL_ROUTE).when(timeout('screen_input', 1)).thenNothing();
    given([...UNTIL_ROUTE, timeout('route', 1)]).when(timeout('route', 1)).thenNothing();
    given(UNTIL_ROUTE).when(timeout('route', 2)).thenNothing();
    given([...UNTIL_GENERATION, timeout('generate', 1)]).when(timeout('generate', 1)).thenNothing();
  });
});
