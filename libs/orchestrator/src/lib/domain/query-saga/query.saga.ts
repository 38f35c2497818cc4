import { admit } from './apply-input';
import { applyMessage } from './apply-message';
import { deadlineFor } from './deadlines';
import type { QuerySagaContext } from './query-saga.config';
import type { QuerySagaInput } from './query-saga.inputs';
import { isTerminalMessage, type QuerySagaMessage } from './query-saga.messages';
import { isTerminal, type QuerySagaDeadline, type QuerySagaState } from './query-saga.state';
import { respond } from './respond';

export { initialState } from './query-saga.state';

/** What the saga does about one input. */
export interface QuerySagaDecision {
  /** For the outbox, in order. Empty exactly when the input was ignored (duplicate, stale, late). */
  readonly messages: readonly QuerySagaMessage[];
  /** The timer to arm now; undefined when nothing new is awaited. Older timers need no cancelling: they arrive stale and are ignored. */
  readonly deadline: QuerySagaDeadline | undefined;
  /** The saga has ended (now or earlier); nothing it receives will produce a message again. */
  readonly terminal: boolean;
}

/** A decision together with the state to persist in the same transaction as the outbox rows. */
export interface QuerySagaReaction extends QuerySagaDecision {
  readonly state: QuerySagaState;
}

/**
 * Decides what to send for `input` in `state`. Pure: time and settings come in `ctx`.
 * The query saga is a decider in Emmett's sense: `decide` computes the messages, `evolve`
 * folds the input and those messages into the next state, and both agree on what counts as an
 * accepted input because both start from `admit`.
 */
export function decide(input: QuerySagaInput, state: QuerySagaState, ctx: QuerySagaContext): QuerySagaDecision {
  const next = admit(state, input);
  if (next === undefined) return { messages: [], deadline: undefined, terminal: isTerminal(state) };
  const messages = respond(next, input, ctx);
  return { messages, deadline: deadlineFor(state, messages, ctx), terminal: messages.some(isTerminalMessage) };
}

/**
 * The state after `input` and the decision taken on it: the saga remembers what it sent
 * (command in flight, models tried, holds closed) from its own messages, and its wait from the
 * decision's deadline. Pass the decision `decide` returned for this same input and state.
 */
export function evolve(state: QuerySagaState, input: QuerySagaInput, decision: QuerySagaDecision): QuerySagaState {
  const next = admit(state, input);
  if (next === undefined) return state;
  const folded = decision.messages.reduce(applyMessage, next);
  return decision.deadline === undefined ? folded : { ...folded, wait: decision.deadline };
}

/**
 * The entry point for the wiring: decide and evolve in one call, so the new state, the messages
 * and the timer always come from the same input. Persist `state` and the outbox rows for
 * `messages` in one transaction, then arm `deadline` if present.
 */
export function react(state: QuerySagaState, input: QuerySagaInput, ctx: QuerySagaContext): QuerySagaReaction {
  const decision = decide(input, state, ctx);
  return { ...decision, state: evolve(state, input, decision) };
}
