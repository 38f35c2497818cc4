import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { QUERY_CONTRACTS } from '@sagewire/contracts/query/query-contracts';
import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import { Client } from 'pg';
import { GatewayClient, type Tenant } from './harness/gateway-client';
import { Platform, type ServiceName } from './harness/platform';
import { TopicWatcher } from './harness/topic-watcher';

const RETURNS_POLICY = readFileSync(path.join(__dirname, 'fixtures/returns-policy.md'), 'utf8');
const TERMINAL = /^io\.sagewire\.query\.Query(Completed|Failed)\.v1$/;
/** Long enough after the terminal event for any redelivered duplicate to have shown up. */
const SETTLE_MS = 8_000;

describe('kill -9 in the middle of a query, then restart: exactly one outcome, one ticket, one charge', () => {
  let database: TestDatabase;
  let platform: Platform;
  let watcher: TopicWatcher;
  let gateway: GatewayClient;
  let tenant: Tenant;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase('e2e_crash');
    // A slow local model keeps the query in the generate step long enough to kill something.
    platform = new Platform({ databaseUrl: database.url, env: { generation: { GENERATION_LOCAL_CHUNK_DELAY_MS: '400' } } });
    await platform.start();
    gateway = new GatewayClient(platform.service('gateway').url);
    watcher = new TopicWatcher(platform.brokers, platform.namespace);
    await watcher.watch(QUERY_CONTRACTS);
    tenant = await gateway.createTenant(platform.adminToken, 'Kestrel Outdoor Gear');
    const documentId = await gateway.uploadMarkdown(tenant.adminKey, 'Returns policy', RETURNS_POLICY);
    await gateway.waitDocumentActive(tenant.adminKey, documentId);
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  }, 240_000);

  afterAll(async () => {
    await sql?.end();
    await watcher?.close();
    await platform?.stop();
    await database?.drop();
  }, 60_000);

  /** Asks in the background, kills `victim` once the model has started streaming, restarts it. */
  async function askAndCrash(victim: ServiceName, question: string, userId: string): Promise<string> {
    const customer = await gateway.token(tenant.adminKey, userId, ['customer']);
    const conversationId = await gateway.createConversation(customer);
    // The client may lose its stream when a process dies; the outcome is read from the topics.
    const asking = gateway.askStreaming(customer, conversationId, question).catch(() => []);
    let queryId = '';
    await eventually(() => {
      const submitted = watcher.seen.find((e) => e.type === userQuerySubmittedV1.type && e.subject === conversationId);
      expect(submitted).toBeDefined();
      queryId = (submitted!.data as { queryId: string }).queryId;
      expect(watcher.ofQuery(queryId, answerChunkGeneratedV1).length).toBeGreaterThan(0);
    }, { timeoutMs: 60_000 });
    expect(watcher.ofQuery(queryId).some((e) => TERMINAL.test(e.type))).toBe(false);
    await platform.service(victim).kill9();
    await platform.restart(victim);
    await eventually(() => expect(watcher.ofQuery(queryId).some((e) => TERMINAL.test(e.type))).toBe(true), { timeoutMs: 150_000 });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await asking;
    expect(watcher.ofQuery(queryId).filter((e) => TERMINAL.test(e.type))).toHaveLength(1);
    return queryId;
  }

  /** The query's budget hold: exactly one, committed once with what the saga reported using. */
  async function expectChargedOnce(queryId: string): Promise<void> {
    const holds = await sql.query<{ status: string; committed_tokens: number }>('SELECT status, committed_tokens FROM gateway.token_reservations WHERE query_id = $1', [queryId]);
    expect(holds.rows).toHaveLength(1);
    const [completed] = watcher.ofQuery(queryId, queryCompletedV1);
    const totals = (completed!.data as { totals: { inputTokens: number; outputTokens: number } }).totals;
    expect(holds.rows[0]).toEqual({ status: 'committed', committed_tokens: totals.inputTokens + totals.outputTokens });
  }

  it('survives the generation service dying mid-stream', async () => {
    const queryId = await askAndCrash('generation', 'How many days do I have to return a jacket?', 'customer-crash-gen');
    const [completed] = watcher.ofQuery(queryId, queryCompletedV1);
    expect((completed!.data as { outcome: string }).outcome).toBe('answered');
    await expectChargedOnce(queryId);
  }, 300_000);

  it('survives the orchestrator dying mid-saga, without a second ticket', async () => {
    // Nothing in the knowledge base answers this: low confidence escalates to a human.
    const queryId = await askAndCrash('orchestrator', 'Can I pay for my order with cryptocurrency?', 'customer-crash-orch');
    const [completed] = watcher.ofQuery(queryId, queryCompletedV1);
    expect((completed!.data as { outcome: string }).outcome).toBe('escalated');
    const ticketIds = new Set(watcher.ofQuery(queryId, ticketCreatedV1).map((e) => (e.data as { ticketId: string }).ticketId));
    expect(ticketIds.size).toBe(1);
    const tickets = await sql.query('SELECT ticket_id FROM escalation.tickets WHERE query_id = $1', [queryId]);
    expect(tickets.rowCount).toBe(1);
    await expectChargedOnce(queryId);
  }, 300_000);
});
