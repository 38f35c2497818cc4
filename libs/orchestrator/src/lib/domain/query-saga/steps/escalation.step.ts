import type { EscalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { evaluateEscalationV1, type EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { settle, unwind } from '../compensations';
import type { QuerySagaContext } from '../query-saga.config';
import { QUERY_SAGA_ERROR_CODES } from '../query-saga.errors';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import type { QueryStep } from '../query-steps';
import { queryRef } from '../query-ref';
import { completed, failed } from './terminal';
import { createTicket } from './ticket.step';

/** Asks whether a human takes over, with every signal the saga has; `failure` says why if a step failed. */
export function evaluateEscalation(s: StartedQuerySagaState, failure?: EvaluateEscalationV1['failure']): QuerySagaMessage {
  return sagaMessage(evaluateEscalationV1, {
    ...queryRef(s),
    userId: s.query.userId,
    turn: s.query.turn,
    question: s.question ?? '',
    answerText: s.answer?.text,
    confidence: s.answer?.confidence,
    groundingScore: s.groundingScore,
    inputVerdict: s.inputVerdict,
    outputVerdict: s.outputVerdict,
    routedComplexity: s.routedComplexity,
    failure,
    customerTier: s.query.customerTier,
  });
}

/** A human takes over (ticket), or the saga ends with what it has. */
export function onEscalationDecided(s: StartedQuerySagaState, decided: EscalationDecidedV1, ctx: QuerySagaContext): QuerySagaMessage[] {
  return decided.escalate ? [createTicket(s, decided, ctx)] : finishWithoutHuman(s, ctx);
}

/**
 * No handover. A blocked query ends `blocked` (the customer saw the safe reply), an answered one
 * `answered`. With neither (a step failed, or the router wanted a human the escalation service
 * refused), nobody can help: that is `QueryFailed`, blaming the step that failed.
 */
function finishWithoutHuman(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  if (s.failure === 'guardrail_block') return [...settle(s), completed(s, 'blocked', ctx)];
  if (s.answer !== undefined) return [...settle(s), completed(s, 'answered', ctx)];
  const step: QueryStep = s.failure === 'retrieval_failed' ? 'retrieve' : s.failure === 'generation_failed' ? 'generate' : 'decide_escalation';
  const message = `no answer (${s.failure ?? 'routed to a human'}) and the escalation service declined to hand over`;
  return [...unwind(s, 'query_failed'), failed(s, step, QUERY_SAGA_ERROR_CODES.noAnswer, message)];
}
