import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvelope, type Contract, type DataOf, type Envelope } from '@sagewire/contracts';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { agentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { decodeMessage, encodeFor, InMemoryEventBus } from '@sagewire/messaging';
import { createServiceHost, FileBlobStore, type ServiceHost } from '@sagewire/service-kit';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import { orchestratorService } from './orchestrator.service';

const TENANT = 'tnt_orchestrator_spec';

/** The orchestrator hosted as in production on a real database; replies are published by hand. */
describe('orchestrator service', () => {
  let db: TestDatabase;
  let bus: InMemoryEventBus;
  let host: ServiceHost;
  let blobDir: string;
  const sent: Envelope[] = [];

  async function startHost(): Promise<ServiceHost> {
    return createServiceHost({
      processName: 'orchestrator', services: [orchestratorService], bus, databaseUrl: db.url, databasePoolSize: 3,
      blobs: new FileBlobStore(blobDir), jwtSecret: 'orchestrator-spec-secret-0123456789abcdef', logLevel: 'error',
      env: { ORCHESTRATOR_DEADLINE_POLL_MS: '100' }, relayPollIntervalMs: 50,
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase('orchestrator');
    bus = new InMemoryEventBus({ redeliveryDelayMs: 10 });
    blobDir = mkdtempSync(join(tmpdir(), 'orchestrator-'));
    host = await startHost();
    await bus.subscribe({
      groupId: 'spec-watcher', topics: [reserveTokenBudgetV1.topic, screenInputV1.topic], fromBeginning: true,
      handler: (message) => {
        const decoded = decodeMessage(message);
        if (decoded.ok) sent.push(decoded.candidate as unknown as Envelope);
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await host?.close();
    await bus?.close();
    await db?.drop();
    rmSync(blobDir, { recursive: true, force: true });
  });

  async function publish<C extends Contract>(contract: C, data: DataOf<C>, queryId: string, id?: string): Promise<Envelope> {
    const envelope = createEnvelope(contract, data, { source: '/spec', tenantId: TENANT, correlationId: queryId, subject: `conv-${queryId}`, ...(id ? { id } : {}) });
    await bus.publish([encodeFor(contract, envelope)]);
    return envelope;
  }

  const submitted = (queryId: string): DataOf<typeof userQuerySubmittedV1> => ({
    queryId, conversationId: `conv-${queryId}`, userId: 'cus_1', channel: 'api', text: 'Where is my parcel?', turn: 1, submittedAt: new Date().toISOString(),
  });
  const ofQuery = (queryId: string, type: string): Envelope[] => sent.filter((e) => e.type === type && (e.data as { queryId: string }).queryId === queryId);

  it('starts a saga, advances it on replies, and sends each command once however often a reply is delivered', async () => {
    const first = await publish(userQuerySubmittedV1, submitted('q-1'), 'q-1');
    await eventually(() => expect(ofQuery('q-1', reserveTokenBudgetV1.type)).toHaveLength(1));
    const reserve = ofQuery('q-1', reserveTokenBudgetV1.type)[0]!;
    expect(reserve).toMatchObject({ tenantid: TENANT, correlationid: 'q-1', subject: 'conv-q-1', causationid: first.id });

    const reserved = { queryId: 'q-1', conversationId: 'conv-q-1', reservationId: 'res-1', reservedTokens: 2000, remainingTokens: 8000, expiresAt: new Date(Date.now() + 60_000).toISOString() };
    const reply = await publish(tokenBudgetReservedV1, reserved, 'q-1');
    await publish(tokenBudgetReservedV1, reserved, 'q-1', reply.id); // the same event, redelivered
    await publish(tokenBudgetReservedV1, reserved, 'q-1'); // a duplicate reply with a new id
    await eventually(() => expect(ofQuery('q-1', screenInputV1.type)).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ofQuery('q-1', screenInputV1.type)).toHaveLength(1);
    expect(ofQuery('q-1', screenInputV1.type)[0]!.data).toMatchObject({ text: 'Where is my parcel?' });
  });

  it('resends a command when its deadline passes, and the timer survives a restart of the orchestrator', async () => {
    await publish(userQuerySubmittedV1, submitted('q-2'), 'q-2');
    await eventually(() => expect(ofQuery('q-2', reserveTokenBudgetV1.type)).toHaveLength(1));
    await host.close();
    // The reply never comes; the deadline (stored in the database) passes while no orchestrator runs.
    const sql = await createTestDatabaseClient(db.url);
    await sql.query(`UPDATE orchestrator.query_sagas SET deadline_at = now() - interval '1 second' WHERE query_id = 'q-2'`);
    await sql.end();
    host = await startHost();
    await eventually(() => expect(ofQuery('q-2', reserveTokenBudgetV1.type)).toHaveLength(2));
  });
  it("keeps an agent's reply as a turn of the conversation, once however often it is delivered", async () => {
    const reply = { ticketId: 'tkt_1', conversationId: 'conv-agent', replyId: 'rpl_1', agentId: 'agent-anna', text: 'Your parcel left our warehouse today.', sequence: 2, sentAt: new Date().toISOString() };
    const envelope = createEnvelope(agentRepliedV1, reply, { source: '/spec', tenantId: TENANT, correlationId: 'tkt_1', subject: 'conv-agent' });
    await bus.publish([encodeFor(agentRepliedV1, envelope)]);
    await bus.publish([encodeFor(agentRepliedV1, envelope)]);
    const dataSource = host.runtimes.get('orchestrator')!.dataSource;
    await eventually(async () => {
      const turns = await dataSource.query<{ role: string; text: string }[]>('SELECT role, text FROM orchestrator.conversation_turns WHERE tenant_id = $1 AND conversation_id = $2', [TENANT, 'conv-agent']);
      expect(turns).toEqual([{ role: 'assistant', text: reply.text }]);
    });
  });
});

async function createTestDatabaseClient(url: string): Promise<import('pg').Client> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
