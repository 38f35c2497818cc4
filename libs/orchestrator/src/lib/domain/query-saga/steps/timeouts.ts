import { unwind } from '../compensations';
import type { QuerySagaContext } from '../query-saga.config';
import { QUERY_SAGA_ERROR_CODES } from '../query-saga.errors';
import type { QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import type { WaitStep } from '../query-steps';
import { onModelFailed } from './generate.step';
import { invocationInFlight, resendAwaited, sendsSoFar, ticketInFlight } from './in-flight';
import { retrievalExhausted } from './retrieve.step';
import { startRetrieval } from './route.step';
import { answerBlocked } from './screen-output.step';
import { onTicketFailed } from './ticket.step';
import { failed } from './terminal';

/**
 * The current wait ran out. Generation and ticketing have retry policies of their own, so a
 * timeout there counts as a retriable failure of the attempt in flight (one policy per step,
 * not two). Every other step resends its command until `maxStepAttempts` sends, then gives up.
 */
export function onDeadlineExpired(s: StartedQuerySagaState, step: WaitStep, ctx: QuerySagaContext): QuerySagaMessage[] {
  const timedOut = { retriable: true, errorCode: QUERY_SAGA_ERROR_CODES.stepTimedOut, message: `no reply to ${step} in time` };
  switch (step) {
    case 'generate':
      return onModelFailed(s, { ...timedOut, attempt: invocationInFlight(s).attempt }, ctx);
    case 'escalate':
      return onTicketFailed(s, { ...timedOut, attempt: ticketInFlight(s).attempt }, ctx);
    default:
      return sendsSoFar(s) < ctx.config.maxStepAttempts ? [resendAwaited(s)] : giveUp(s, step, ctx);
  }
}

/** What each step does when its replies never came, as if its failure reply had arrived. */
function giveUp(s: StartedQuerySagaState, step: Exclude<WaitStep, 'generate' | 'escalate'>, ctx: QuerySagaContext): QuerySagaMessage[] {
  switch (step) {
    case 'route':
      // DESIGN: an unclassified question is treated as complex.
      return startRetrieval(s, ctx);
    case 'retrieve':
      return retrievalExhausted(s, ctx);
    case 'screen_passages':
      // Unscreened passages never reach a model: go on as if retrieval had found nothing usable.
      return retrievalExhausted(s, ctx);
    case 'screen_output':
      return answerBlocked(s, 'output_blocked', ctx);
    case 'reserve_budget':
    case 'screen_input':
    case 'decide_escalation': {
      const message = `no reply to ${step} after ${sendsSoFar(s)} attempts`;
      return [...unwind(s, 'query_failed'), failed(s, step, QUERY_SAGA_ERROR_CODES.stepTimedOut, message)];
    }
  }
}
