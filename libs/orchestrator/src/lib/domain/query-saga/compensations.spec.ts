import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { pushCompensation, settle, unwind, withoutCompensation } from './compensations';
import { ZERO_USAGE, type StartedQuerySagaState } from './query-saga.state';
import { REF, SUBMITTED_AT, TENANT } from './testing/query-saga.fixtures';
import { expectValidMessage } from './testing/given-when-then';

const base: StartedQuerySagaState = {
  status: 'running',
  query: { tenantId: TENANT, ...REF, userId: 'user-9', channel: 'api', turn: 1, submittedAt: SUBMITTED_AT },
  triedModels: [],
  usage: ZERO_USAGE,
  compensations: [],
};
const twoHolds = pushCompensation(pushCompensation(base, { kind: 'release_budget', reservationId: 'res-a' }), { kind: 'release_budget', reservationId: 'res-b' });

describe('compensation stack', () => {
  it('is undone newest first', () => {
    const messages = unwind(twoHolds, 'query_failed');
    expect(messages.map((m) => m.type)).toEqual([releaseTokenBudgetV1.type, releaseTokenBudgetV1.type]);
    expect(messages.map((m) => m.data)).toEqual([expect.objectContaining({ reservationId: 'res-b' }), expect.objectContaining({ reservationId: 'res-a' })]);
    messages.forEach(expectValidMessage);
  });

  it('settles a hold with the real usage once a model ran, even when unwinding', () => {
    const used = { ...twoHolds, usage: { inputTokens: 5, outputTokens: 7, cacheWriteTokens: 2, costUsd: 0.5, modelInvocations: 1 } };
    for (const messages of [unwind(used, 'query_failed'), settle(used)]) {
      expect(messages.map((m) => m.type)).toEqual([commitTokenUsageV1.type, commitTokenUsageV1.type]);
      expect(messages[0]?.data).toMatchObject({ usage: { inputTokens: 5, outputTokens: 7, cacheWriteTokens: 2 }, costUsd: 0.5 });
      messages.forEach(expectValidMessage);
    }
  });

  it('pops exactly the hold that was closed', () => {
    expect(withoutCompensation(twoHolds, 'res-a').compensations).toEqual([{ kind: 'release_budget', reservationId: 'res-b' }]);
    expect(unwind(base, 'query_failed')).toEqual([]);
  });
});
