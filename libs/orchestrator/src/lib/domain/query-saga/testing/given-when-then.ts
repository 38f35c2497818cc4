import type { DataOf } from '@sagewire/contracts';
import { AWAITED_COMMAND_BY_STEP } from '../awaited-command';
import { DEFAULT_QUERY_SAGA_CONFIG, type QuerySagaConfig, type QuerySagaContext } from '../query-saga.config';
import type { QuerySagaInput } from '../query-saga.inputs';
import type { QuerySagaMessage, QuerySagaOutputContract } from '../query-saga.messages';
import type { QuerySagaState, StartedQuerySagaState } from '../query-saga.state';
import { initialState, react, type QuerySagaReaction } from '../query.saga';
import { SUBMITTED_AT } from './query-saga.fixtures';

/** Default clock of a scenario: 1.5 s after the question was submitted. */
export const NOW = new Date(Date.parse(SUBMITTED_AT) + 1500);

type DeepPartial<T> = T extends readonly (infer U)[] ? readonly DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** An expected message: its contract, and the payload fields that matter to the test. */
export interface ExpectedMessage {
  readonly type: string;
  readonly data?: object;
}

export function msg<C extends QuerySagaOutputContract>(contract: C, data?: DeepPartial<DataOf<C>>): ExpectedMessage {
  return { type: contract.type, data };
}

export interface ScenarioOptions {
  readonly config?: Partial<QuerySagaConfig>;
  readonly now?: Date;
  readonly history?: QuerySagaContext['history'];
}

/** The observable result of `when`, with assertions that chain. */
export interface Then {
  readonly reaction: QuerySagaReaction;
  /** Exactly these messages, in this order; payloads are matched on the fields given. */
  then(expected: readonly ExpectedMessage[]): Then;
  thenNothing(): Then;
  thenDeadline(step: string, attempt: number): Then;
  thenTerminal(): Then;
  thenState(check: (state: StartedQuerySagaState) => void): Then;
}

/**
 * The defaults, except two sends per model and a one-minute generation deadline: the saga's
 * own retry of a model stays configurable (the default leaves retries to generation), and the
 * scenarios pin the numbers they assert on.
 */
const SCENARIO_CONFIG: QuerySagaConfig = {
  ...DEFAULT_QUERY_SAGA_CONFIG,
  maxAttemptsPerModel: 2,
  deadlinesMs: { ...DEFAULT_QUERY_SAGA_CONFIG.deadlinesMs, generate: 60_000 },
};

/**
 * Given/when/then without a broker. `given` replays a history (each input must be accepted:
 * a history the saga ignores is a broken test); `when` reacts to one more input and checks,
 * on every call, that each message parses against its contract's schema, that the state
 * survives a JSON round trip, and that a deadline always comes with the command it guards.
 */
export function given(history: readonly QuerySagaInput[], options: ScenarioOptions = {}): { readonly state: QuerySagaState; when(input: QuerySagaInput): Then } {
  const ctx: QuerySagaContext = {
    now: options.now ?? NOW,
    config: { ...SCENARIO_CONFIG, ...options.config },
    ...(options.history ? { history: options.history } : {}),
  };
  let state = initialState();
  for (const [index, input] of history.entries()) {
    const reaction = checkedReact(state, input, ctx);
    if (reaction.messages.length === 0) throw new Error(`given: input #${index} (${input.type}) was ignored`);
    state = reaction.state;
  }
  return { state, when: (input) => thenFor(checkedReact(state, input, ctx)) };
}

function checkedReact(state: QuerySagaState, input: QuerySagaInput, ctx: QuerySagaContext): QuerySagaReaction {
  const reaction = react(state, input, ctx);
  reaction.messages.forEach(expectValidMessage);
  expect(JSON.parse(JSON.stringify(reaction.state))).toEqual(reaction.state);
  const awaited = reaction.messages.filter((m) => Object.values(AWAITED_COMMAND_BY_STEP).some((c) => c.type === m.type));
  expect(awaited.length).toBeLessThanOrEqual(1);
  expect(reaction.deadline?.step === undefined ? undefined : AWAITED_COMMAND_BY_STEP[reaction.deadline.step].type).toBe(awaited[0]?.type);
  return reaction;
}

/** The payload is exactly what its contract's schema accepts and returns (nothing stripped). */
export function expectValidMessage(message: QuerySagaMessage): void {
  expect(message.type).toBe(message.contract.type);
  expect(message.contract.schema.parse(message.data)).toEqual(message.data);
}

function thenFor(reaction: QuerySagaReaction): Then {
  const self: Then = {
    reaction,
    then(expected) {
      expect(reaction.messages.map((m) => m.type)).toEqual(expected.map((e) => e.type));
      expected.forEach((e, i) => {
        if (e.data !== undefined) expect(reaction.messages[i]?.data).toMatchObject(e.data);
      });
      return self;
    },
    thenNothing() {
      expect(reaction.messages).toEqual([]);
      expect(reaction.deadline).toBeUndefined();
      return self;
    },
    thenDeadline(step, attempt) {
      expect(reaction.deadline).toMatchObject({ step, attempt });
      return self;
    },
    thenTerminal() {
      expect(reaction.terminal).toBe(true);
      expect(reaction.deadline).toBeUndefined();
      return self;
    },
    thenState(check) {
      if (reaction.state.status === 'new') throw new Error('the saga has not started');
      check(reaction.state);
      return self;
    },
  };
  return self;
}
