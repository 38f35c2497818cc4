import type { QuerySagaInput } from './query-saga.inputs';
import { given } from './testing/given-when-then';
import {
  ANSWERED_UNTIL_DECISION,
  budgetRejected,
  budgetReserved,
  escalationDecided,
  inputScreened,
  modelFailed,
  modelInvoked,
  outputScreened,
  retrievalFailed,
  passagesScreened,
  retrieved,
  routed,
  submitted,
  ticketCreated,
  ticketFailed,
  timeout,
} from './testing/query-saga.fixtures';
import { WAIT_STEPS } from './query-steps';

const ANSWERED = [...ANSWERED_UNTIL_DECISION, escalationDecided()];

/** One of every input the saga knows, for "nothing moves it any more". */
const EVERY_INPUT: QuerySagaInput[] = [
  submitted(),
  budgetReserved(),
  budgetRejected(),
  inputScreened(),
  routed(),
  retrieved(),
  passagesScreened(),
  retrievalFailed(),
  modelInvoked(),
  modelFailed(),
  outputScreened(),
  escalationDecided({ escalate: true, reason: 'customer_request', priority: 'urgent' }),
  ticketCreated(),
  ticketFailed({ system: 'internal' }),
  ...WAIT_STEPS.flatMap((step) => [1, 2, 3].map((attempt) => timeout(step, attempt))),
];

describe('query saga: duplicates and late arrivals', () => {
  it.each(ANSWERED.map((input, i) => [i, input.type] as const))('ignores a second delivery of input #%i (%s)', (i) => {
    given(ANSWERED.slice(0, i + 1)).when(ANSWERED[i]!).thenNothing();
  });

  it('ignores replies to steps the saga has passed', () => {
    const screening = given(ANSWERED_UNTIL_DECISION.slice(0, -1));
    for (const late of [budgetReserved(), budgetRejected(), inputScreened({ verdict: 'block' }), routed({ complexity: 'escalate' }), retrievalFailed()]) {
      screening.when(late).thenNothing();
    }
  });

  it('ignores everything before the question arrives', () => {
    for (const input of EVERY_INPUT.filter((i) => i.type !== submitted().type)) {
      given([]).when(input).thenNothing();
      expect(given([]).when(input).reaction.state).toEqual({ status: 'new' });
    }
  });

  it('ignores a reply naming another query or coming from another tenant', () => {
    const waiting = given([submitted()]);
    waiting.when({ ...budgetReserved(), data: { ...budgetReserved().data, queryId: 'q-other' } }).thenNothing();
    waiting.when({ ...budgetReserved(), tenantId: 'tenant-other' }).thenNothing();
  });
});

describe('query saga: exactly one terminal event', () => {
  const ends: [string, QuerySagaInput[]][] = [
    ['answered', ANSWERED],
    ['limit reached', [submitted(), budgetRejected()]],
    ['failed', [submitted(), timeout('reserve_budget', 1), timeout('reserve_budget', 2), timeout('reserve_budget', 3)]],
  ];

  it.each(ends)('absorbs every later input once %s', (_name, history) => {
    const ended = given(history);
    for (const input of EVERY_INPUT) {
      ended.when(input).thenNothing().thenTerminal();
      expect(ended.when(input).reaction.state).toBe(ended.state);
    }
  });
});
