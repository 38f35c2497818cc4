import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { releaseTokenBudgetV1, type ReleaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { sagaMessage, type QuerySagaMessage } from './query-saga.messages';
import type { StartedQuerySagaState } from './query-saga.state';
import { queryRef } from './query-ref';

/**
 * A side effect the saga caused that must not outlive it. Pushed when the effect is confirmed,
 * popped when the saga emits the message that closes it (see `withoutCompensation`). Today
 * only the token hold; a new kind adds a member here and a case in `unwindOne` and `settleOne`.
 */
export type Compensation = { readonly kind: 'release_budget'; readonly reservationId: string };

/** Why a hold is given back, in `ReleaseTokenBudget`'s words. */
export type UnwindReason = ReleaseTokenBudgetV1['reason'];

/** Records a confirmed side effect (applied when its confirmation, e.g. `TokenBudgetReserved`, is accepted). */
export function pushCompensation(s: StartedQuerySagaState, compensation: Compensation): StartedQuerySagaState {
  return { ...s, compensations: [...s.compensations, compensation] };
}

/** The stack once the budget hold is released or committed (applied when the message is emitted). */
export function withoutCompensation(s: StartedQuerySagaState, reservationId: string): StartedQuerySagaState {
  return { ...s, compensations: s.compensations.filter((c) => !(c.kind === 'release_budget' && c.reservationId === reservationId)) };
}

/**
 * Undoes every compensation, newest first, because the query did not end normally.
 * A budget hold is released in full only if no model ran; once one ran, the hold is settled with
 * the real usage instead, because tokens a provider already billed are not the tenant's again.
 */
export function unwind(s: StartedQuerySagaState, reason: UnwindReason): QuerySagaMessage[] {
  return [...s.compensations].reverse().map((c) => unwindOne(s, c, reason));
}

/** Closes every compensation, newest first, on a normal end: the budget is charged what was used. */
export function settle(s: StartedQuerySagaState): QuerySagaMessage[] {
  return [...s.compensations].reverse().map((c) => settleOne(s, c));
}

function unwindOne(s: StartedQuerySagaState, c: Compensation, reason: UnwindReason): QuerySagaMessage {
  switch (c.kind) {
    case 'release_budget':
      if (s.usage.modelInvocations > 0) return settleOne(s, c);
      return sagaMessage(releaseTokenBudgetV1, { ...queryRef(s), reservationId: c.reservationId, reason });
  }
}

function settleOne(s: StartedQuerySagaState, c: Compensation): QuerySagaMessage {
  switch (c.kind) {
    case 'release_budget': {
      const { inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, costUsd } = s.usage;
      const usage = { inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens };
      return sagaMessage(commitTokenUsageV1, { ...queryRef(s), reservationId: c.reservationId, usage, costUsd });
    }
  }
}
