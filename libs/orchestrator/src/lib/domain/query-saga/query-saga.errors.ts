import { AppError } from '@sagewire/errors';

/** Error codes the query saga puts in `QueryFailed.reason.code` (AREA.REASON, see libs/errors). */
export const QUERY_SAGA_ERROR_CODES = {
  /** A step got no reply within its deadline, however often its command was sent. */
  stepTimedOut: 'SAGA.STEP_TIMED_OUT',
  /** Nothing could answer the question and the escalation service declined to hand it over. */
  noAnswer: 'SAGA.NO_ANSWER',
} as const;

/**
 * For state the saga's own flow guarantees (the raw text before screening, the command in flight
 * while waiting). Missing means a bug or a hand-edited row: fail loudly, never guess.
 */
export function required<T>(value: T | undefined, what: string): T {
  return value === undefined ? invalidState(what) : value;
}

/** See {@link required}: the state lacks something the flow guarantees. */
export function invalidState(what: string): never {
  throw new AppError('SAGA.STATE_INVALID', `query saga state has no ${what}`);
}
