import { queryCompletedV1, type QueryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import type { QuerySagaContext } from '../query-saga.config';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import type { QueryStep } from '../query-steps';
import { queryRef } from '../query-ref';

/** `QueryCompleted`: the saga reached an outcome. Latency runs from `submittedAt` to `now`. */
export function completed(
  s: StartedQuerySagaState,
  outcome: QueryCompletedV1['outcome'],
  ctx: QuerySagaContext,
  ticketId?: string,
): QuerySagaMessage {
  const { modelInvocations, ...tokensAndCost } = s.usage;
  // A clock that runs behind the gateway's must not produce a negative latency.
  const latencyMs = Math.max(0, ctx.now.getTime() - Date.parse(s.query.submittedAt));
  return sagaMessage(queryCompletedV1, {
    ...queryRef(s),
    outcome,
    totals: { ...tokensAndCost, latencyMs, modelInvocations },
    ...(ticketId === undefined ? {} : { ticketId }),
  });
}

/** `QueryFailed`: no outcome, not even a handover; the step and code say why. */
export function failed(s: StartedQuerySagaState, failedStep: QueryStep, code: string, message: string): QuerySagaMessage {
  return sagaMessage(queryFailedV1, { ...queryRef(s), reason: { code, message: message.slice(0, 2000) }, failedStep });
}
