import { DEFAULT_QUERY_SAGA_CONFIG, type QuerySagaContext } from './query-saga.config';
import type { QuerySagaInput } from './query-saga.inputs';
import type { QuerySagaMessage } from './query-saga.messages';
import type { QuerySagaState } from './query-saga.state';
import { decide, evolve, initialState, react } from './query.saga';
import { NOW } from './testing/given-when-then';
import {
  ANSWERED_UNTIL_DECISION,
  escalationDecided,
  modelFailed,
  RAW_TEXT,
  submitted,
  ticketCreated,
  ticketFailed,
  timeout,
} from './testing/query-saga.fixtures';

const ctx: QuerySagaContext = { now: NOW, config: { ...DEFAULT_QUERY_SAGA_CONFIG, ticketSystem: 'zendesk' } };

/** A long path: a timeout, a retry, an exhausted chain, late replies, a ticket fallback. */
const LONG_PATH: QuerySagaInput[] = [
  ...ANSWERED_UNTIL_DECISION.slice(0, 5),
  timeout('generate', 1),
  modelFailed({ attempt: 2, retriable: true }),
  ...ANSWERED_UNTIL_DECISION.slice(5),
  escalationDecided({ escalate: true, reason: 'negative_sentiment', priority: 'high' }),
  ticketFailed({ system: 'zendesk', retriable: false }),
  ticketCreated(),
];

function run(inputs: readonly QuerySagaInput[], persist: (s: QuerySagaState) => QuerySagaState): { messages: QuerySagaMessage[]; state: QuerySagaState } {
  let state = initialState();
  const messages: QuerySagaMessage[] = [];
  for (const input of inputs) {
    const reaction = react(persist(state), input, ctx);
    messages.push(...reaction.messages);
    state = reaction.state;
  }
  return { messages, state };
}

describe('query saga: state is plain JSON', () => {
  it('decides the same from a state that went through jsonb between every input', () => {
    const inMemory = run(LONG_PATH, (s) => s);
    const persisted = run(LONG_PATH, (s) => JSON.parse(JSON.stringify(s)) as QuerySagaState);
    expect(persisted.messages.map((m) => m.data)).toEqual(inMemory.messages.map((m) => m.data));
    expect(persisted.state).toEqual(inMemory.state);
    expect(inMemory.messages.at(-1)?.type).toBe('io.sagewire.query.QueryCompleted.v1');
  });

  it('keeps no raw customer text once the input is screened', () => {
    const afterScreening = run(ANSWERED_UNTIL_DECISION.slice(0, 3), (s) => s).state;
    expect(JSON.stringify(afterScreening)).not.toContain('ana@example.com');
    expect(JSON.stringify(run([submitted()], (s) => s).state)).toContain(RAW_TEXT);
  });
});

describe('query saga: decide and evolve', () => {
  it('react is decide followed by evolve with that decision', () => {
    let state = initialState();
    for (const input of LONG_PATH) {
      const decision = decide(input, state, ctx);
      const reaction = react(state, input, ctx);
      expect(reaction.messages).toEqual(decision.messages);
      expect(reaction.state).toEqual(evolve(state, input, decision));
      state = reaction.state;
    }
  });

  it('does not mutate the state it is given', () => {
    const state = run(ANSWERED_UNTIL_DECISION, (s) => s).state;
    const copy = JSON.parse(JSON.stringify(state)) as QuerySagaState;
    react(state, escalationDecided(), ctx);
    expect(state).toEqual(copy);
  });
});
