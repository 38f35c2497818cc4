import { randomUUID } from 'node:crypto';
import type { Envelope } from '@sagewire/contracts';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReleasedV1 } from '@sagewire/contracts/query/token-budget-released.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { tokenUsageCommittedV1 } from '@sagewire/contracts/query/token-usage-committed.v1';
import { eventually } from '@sagewire/testing';
import { api, collect, publish, startGateway, type ErrorBody, type GatewayHarness } from '../../../test/gateway-harness';

type Reply = Record<string, unknown> & { queryId: string };

/** The token budget under duplicate delivery: each command takes effect once, over real PostgreSQL. */
describe('token budget commands', () => {
  const tenantId = randomUUID();
  const conversationId = randomUUID();
  let h: GatewayHarness;
  let replies: { seen: Envelope[]; close(): Promise<void> };

  beforeAll(async () => {
    h = await startGateway('gateway_budget', { GATEWAY_TENANT_DAILY_TOKENS: '10000', GATEWAY_USER_DAILY_TOKENS: '3000' }, false);
    replies = await collect(h, [tokenBudgetReservedV1.topic, tokenBudgetRejectedV1.topic, tokenBudgetReleasedV1.topic, tokenUsageCommittedV1.topic]);
  });

  afterAll(async () => {
    await replies.close();
    await h.close();
  });

  /** Replies of one type for one query, once a later sentinel's reply proves every earlier command was handled. */
  async function repliesFor(type: string, queryId: string, sentinelQueryId: string, sentinelType = type): Promise<Reply[]> {
    const of = (t: string, id: string): Reply[] => replies.seen.filter((e) => e.type === t && (e.data as Reply).queryId === id).map((e) => e.data as Reply);
    await eventually(() => expect(of(sentinelType, sentinelQueryId).length).toBeGreaterThan(0));
    return of(type, queryId);
  }

  const reserve = (queryId: string, estimatedTokens: number, id?: string): Promise<Envelope> =>
    publish(h, reserveTokenBudgetV1, { queryId, conversationId, userId: 'user-1', estimatedTokens }, tenantId, conversationId, id);

  const reservations = async (queryId: string): Promise<number> =>
    (await h.host.runtimes.get('gateway')!.dataSource.query<unknown[]>('SELECT 1 FROM gateway.token_reservations WHERE tenant_id = $1 AND query_id = $2', [tenantId, queryId])).length;

  it('holds tokens once per query, however often the command comes', async () => {
    const first = await reserve('q-1', 1000);
    await reserve('q-1', 1000, first.id);
    await reserve('q-1', 1000);
    await reserve('q-sentinel-1', 1);
    const reserved = await repliesFor(tokenBudgetReservedV1.type, 'q-1', 'q-sentinel-1');
    expect(reserved).toHaveLength(2);
    expect(reserved[1]!.reservationId).toBe(reserved[0]!.reservationId);
    expect(reserved[0]).toMatchObject({ reservedTokens: 1000, remainingTokens: 2000 });
    expect(await reservations('q-1')).toBe(1);
  });

  it('charges a commit once and releases nothing after it', async () => {
    await reserve('q-2', 800);
    await reserve('q-sentinel-2', 1);
    const [held] = await repliesFor(tokenBudgetReservedV1.type, 'q-2', 'q-sentinel-2');
    const command = { queryId: 'q-2', conversationId, reservationId: held!.reservationId as string, usage: { inputTokens: 400, outputTokens: 100 }, costUsd: 0.002 };
    const commit = await publish(h, commitTokenUsageV1, command, tenantId, conversationId);
    await publish(h, commitTokenUsageV1, command, tenantId, conversationId, commit.id);
    await publish(h, commitTokenUsageV1, command, tenantId, conversationId);
    await publish(h, releaseTokenBudgetV1, { queryId: 'q-2', conversationId, reservationId: command.reservationId, reason: 'query_failed' }, tenantId, conversationId);
    const sentinel = { ...command, queryId: 'q-sentinel-2', reservationId: held!.reservationId as string };
    await publish(h, commitTokenUsageV1, sentinel, tenantId, conversationId);
    const committed = await repliesFor(tokenUsageCommittedV1.type, 'q-2', 'q-sentinel-2');
    expect(committed.map((r) => [r.committedTokens, r.releasedTokens, r.costUsd])).toEqual([[500, 300, 0.002], [0, 0, 0]]);
    await eventually(async () => {
      const released = replies.seen.filter((e) => e.type === tokenBudgetReleasedV1.type && (e.data as Reply).queryId === 'q-2');
      expect(released.map((e) => (e.data as Reply).releasedTokens)).toEqual([0]);
    });
  });

  it('releases a hold once', async () => {
    await reserve('q-3', 600);
    await reserve('q-sentinel-3', 1);
    const [held] = await repliesFor(tokenBudgetReservedV1.type, 'q-3', 'q-sentinel-3');
    const command = { queryId: 'q-3', conversationId, reservationId: held!.reservationId as string, reason: 'input_blocked' as const };
    const release = await publish(h, releaseTokenBudgetV1, command, tenantId, conversationId);
    await publish(h, releaseTokenBudgetV1, command, tenantId, conversationId, release.id);
    await publish(h, releaseTokenBudgetV1, command, tenantId, conversationId);
    await publish(h, releaseTokenBudgetV1, { ...command, queryId: 'q-sentinel-3' }, tenantId, conversationId);
    const released = await repliesFor(tokenBudgetReleasedV1.type, 'q-3', 'q-sentinel-3');
    expect(released.map((r) => r.releasedTokens)).toEqual([600, 0]);
  });

  it("rejects past the user's daily limit, with the same answer on retry", async () => {
    // user-1 counts 1000 (q-1 held) + 500 (q-2 committed) + 3 sentinel holds of 1; q-3 was released.
    await reserve('q-4', 2000);
    await reserve('q-4', 2000);
    await reserve('q-sentinel-4', 1);
    const rejected = await repliesFor(tokenBudgetRejectedV1.type, 'q-4', 'q-sentinel-4', tokenBudgetReservedV1.type);
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toMatchObject({ reason: 'user_daily_limit', limit: 3000, used: 1503 });
    expect(rejected[1]).toEqual(rejected[0]);
  });

  it('disables tenant creation when SAGEWIRE_ADMIN_TOKEN is unset', async () => {
    const response = await api<ErrorBody>(h, 'POST', '/v1/tenants', { headers: { 'x-admin-token': 'anything' }, body: { name: 'X' } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('GATEWAY.ADMIN_DISABLED');
    expect(response.body.error.message).toContain('SAGEWIRE_ADMIN_TOKEN');
  });
});
