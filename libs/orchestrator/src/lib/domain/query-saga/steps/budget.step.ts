import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import type { QuerySagaContext } from '../query-saga.config';
import { required } from '../query-saga.errors';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { queryRef } from '../query-ref';
import { completed } from './terminal';

/** A question arrived: hold tokens before anything that costs money runs. */
export function onQuerySubmitted(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  return [sagaMessage(reserveTokenBudgetV1, { ...queryRef(s), userId: s.query.userId, estimatedTokens: ctx.config.estimatedTokens })];
}

/** Tokens are held (the hold is now on the compensation stack): screen the question. */
export function onBudgetReserved(s: StartedQuerySagaState): QuerySagaMessage[] {
  return [sagaMessage(screenInputV1, { ...queryRef(s), text: required(s.rawText, 'raw text before screening'), language: s.language })];
}

/** No budget: nothing was held, so nothing to give back; the query ends as "limit reached". */
export function onBudgetRejected(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  return [completed(s, 'limit_reached', ctx)];
}
