import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { queryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { given, msg } from './testing/given-when-then';
import { budgetReserved, escalationDecided, inputScreened, REDACTED_TEXT, REF, retrievalFailed, routed, submitted } from './testing/query-saga.fixtures';

const UNTIL_RETRIEVAL = [submitted(), budgetReserved(), inputScreened(), routed()];

describe('query saga: retrieval', () => {
  it('resends the same RetrieveDocuments on a retriable failure', () => {
    const first = given(UNTIL_RETRIEVAL.slice(0, -1)).when(UNTIL_RETRIEVAL[3]!).reaction.messages[0];
    given(UNTIL_RETRIEVAL)
      .when(retrievalFailed())
      .then([msg(retrieveDocumentsV1, first?.data)])
      .thenDeadline('retrieve', 2);
  });

  it('escalates as retrieval_failed once the step has no sends left', () => {
    given([...UNTIL_RETRIEVAL, retrievalFailed(), retrievalFailed()])
      .when(retrievalFailed())
      .then([msg(evaluateEscalationV1, { ...REF, question: REDACTED_TEXT, routedComplexity: 'simple', failure: 'retrieval_failed' })]);
  });

  it('escalates at once on a failure that will not pass', () => {
    given(UNTIL_RETRIEVAL)
      .when(retrievalFailed({ retriable: false }))
      .then([msg(evaluateEscalationV1, { failure: 'retrieval_failed' })]);
  });

  it('answers without knowledge when the policy allows it', () => {
    given(UNTIL_RETRIEVAL, { config: { answerWithoutKnowledge: true } })
      .when(retrievalFailed({ retriable: false }))
      .then([msg(invokeModelV1, { model: 'local-extractive', passages: [], attempt: 1 })]);
  });

  it('fails the query, releasing the hold, when nobody can answer and no human takes over', () => {
    given([...UNTIL_RETRIEVAL, retrievalFailed({ retriable: false })])
      .when(escalationDecided())
      .then([
        msg(releaseTokenBudgetV1, { reservationId: 'res-1', reason: 'query_failed' }),
        msg(queryFailedV1, { ...REF, failedStep: 'retrieve', reason: { code: 'SAGA.NO_ANSWER' } }),
      ])
      .thenTerminal();
  });

  it('skips retrieval and generation for a question routed to a human', () => {
    given(UNTIL_RETRIEVAL.slice(0, -1))
      .when(routed({ complexity: 'escalate' }))
      .then([msg(evaluateEscalationV1, { routedComplexity: 'escalate', inputVerdict: 'redact' })])
      .thenDeadline('decide_escalation', 1);
  });
});
