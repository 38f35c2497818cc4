import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { startLocalBedrock, type LocalBedrock } from '@sagewire/bedrock-local';
import type { Envelope } from '@sagewire/contracts';
import { answerRetractedV1, type AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { invokeModelV1, type InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvocationFailedV1, type ModelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { QUERY_CONTRACTS } from '@sagewire/contracts/query/query-contracts';
import { queryCompletedV1, type QueryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryRoutedV1, type QueryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import { GatewayClient, type Tenant } from './harness/gateway-client';
import { Platform } from './harness/platform';
import type { SseEvent } from './harness/sse';
import { TopicWatcher } from './harness/topic-watcher';

const RETURNS_POLICY = readFileSync(path.join(__dirname, 'fixtures/returns-policy.md'), 'utf8');
const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const SONNET = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const TERMINAL = /^io\.sagewire\.query\.Query(Completed|Failed)\.v1$/;
/** A hung query fails the case here, with what the client saw, rather than at Jest's timeout. */
const DONE_WITHIN_MS = 60_000;
/**
 * Sentences of the uploaded policy, so a scripted answer is grounded, each citing it before
 * the full stop as the system prompt asks.
 */
const POLICY_SENTENCES = [
  'You can return any jacket, boot or tent within 45 days of delivery [1].',
  ' Items must be unused, with their original tags attached [1].',
  ' Sale items can be returned within 14 days [1].',
];
/** Pause between two streamed deltas of a scripted answer. */
const DELTA_GAP_MS = 250;
/**
 * Each sentence as two deltas. The platform shows a sentence once the next one starts, so the
 * client's first chunk can arrive while the model is still writing.
 */
const STREAMED_DELTAS = POLICY_SENTENCES.flatMap((sentence) => {
  const middle = sentence.indexOf(' ', Math.floor(sentence.length / 2));
  return [sentence.slice(0, middle), sentence.slice(middle)];
});

interface TimedEvent extends SseEvent {
  /** Wall-clock ms when the client parsed it: the local Bedrock in this process logs on the same clock. */
  readonly at: number;
}

interface Asked {
  readonly events: TimedEvent[];
  readonly done: { queryId: string; outcome: string; text: string };
  readonly doneAt: number;
}

describe('the model layer over the real broker: Bedrock through the AWS SDK, streamed, with fallback and withdrawal', () => {
  let bedrock: LocalBedrock;
  let database: TestDatabase;
  let platform: Platform;
  let watcher: TopicWatcher;
  let gateway: GatewayClient;
  let tenant: Tenant;
  let documentId: string;

  beforeAll(async () => {
    bedrock = await startLocalBedrock();
    database = await createTestDatabase('e2e_model_layer');
    platform = new Platform({
      databaseUrl: database.url,
      env: {
        generation: {
          BEDROCK_ENDPOINT: bedrock.url,
          BEDROCK_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
          AWS_SECRET_ACCESS_KEY: 'local',
          // Simple questions go to Haiku, complex ones to Sonnet; Haiku is the fallback.
          GENERATION_MODEL_SIMPLE: HAIKU,
          GENERATION_MODEL_COMPLEX: SONNET,
          GENERATION_MODEL_FALLBACKS: HAIKU,
          // Every query must reach the model, so the request log tells what each case caused.
          GENERATION_RESPONSE_CACHE_TTL_MS: '0',
        },
        orchestrator: { ORCHESTRATOR_MODELS: HAIKU },
      },
    });
    await platform.start();
    gateway = new GatewayClient(platform.service('gateway').url);
    watcher = new TopicWatcher(platform.brokers, platform.namespace);
    await watcher.watch(QUERY_CONTRACTS);
    tenant = await gateway.createTenant(platform.adminToken, 'Kestrel Outdoor Gear');
    documentId = await gateway.uploadMarkdown(tenant.adminKey, 'Returns policy', RETURNS_POLICY);
    await gateway.waitDocumentActive(tenant.adminKey, documentId);
  }, 240_000);

  afterAll(async () => {
    await watcher?.close();
    await platform?.stop();
    await database?.drop();
    await bedrock?.close();
  }, 60_000);

  // Each case scripts the models afresh and reads only the calls it caused.
  beforeEach(() => bedrock.reset());

  /** Asks as a new customer and reads the SSE stream to `done`, noting when each event arrived. */
  async function ask(userId: string, question: string): Promise<Asked> {
    const customer = await gateway.token(tenant.adminKey, userId, ['customer']);
    const conversationId = await gateway.createConversation(customer);
    const events: TimedEvent[] = [];
    const asking = gateway.askStreaming(customer, conversationId, question, (event) => events.push({ ...event, at: Date.now() }));
    // After a missed deadline the stream still fails later, when the platform stops: not news.
    asking.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no done within ${DONE_WITHIN_MS} ms; the client saw ${JSON.stringify(events.map((e) => e.event))}`)), DONE_WITHIN_MS);
    });
    try {
      await Promise.race([asking, deadline]);
    } finally {
      clearTimeout(timer);
    }
    const done = events.find((e) => e.event === 'done');
    if (!done) throw new Error(`the stream ended without done; the client saw ${JSON.stringify(events.map((e) => e.event))}`);
    return { events, done: done.data as Asked['done'], doneAt: done.at };
  }

  /** Every message of the query on the topics once its saga has ended (one terminal event). */
  async function sagaOf(queryId: string): Promise<Envelope[]> {
    await eventually(() => expect(watcher.ofQuery(queryId).filter((e) => TERMINAL.test(e.type))).toHaveLength(1), { timeoutMs: 15_000 });
    return watcher.ofQuery(queryId);
  }

  function citedDocuments(events: readonly SseEvent[]): string[] {
    const citations = events.find((e) => e.event === 'citations')?.data as { citations: { documentId: string }[] } | undefined;
    return citations?.citations.map((c) => c.documentId) ?? [];
  }

  function dataOf<T>(envelopes: readonly Envelope[], type: string): T[] {
    return envelopes.filter((e) => e.type === type).map((e) => e.data as T);
  }

  it('streams a Bedrock ConverseStream answer to the client chunk by chunk, cited', async () => {
    bedrock.script.enqueueReply(HAIKU, { chunks: STREAMED_DELTAS, chunkDelayMs: DELTA_GAP_MS });

    const { events, done, doneAt } = await ask('customer-stream', 'How long do I have to return a jacket or a tent?');

    expect(done.outcome).toBe('answered');
    const chunks = events.filter((e) => e.event === 'chunk');
    // One chunk per screened sentence, in order, and together they are the final answer.
    expect(chunks.map((c) => (c.data as { text: string }).text)).toEqual(POLICY_SENTENCES.map((s) => s.trim()));
    expect(done.text).toBe(POLICY_SENTENCES.join(''));
    // Streamed, not delivered at the end: the first sentence reached the client before the
    // model had written its last delta. (Showing it needs the third delta, sent two gaps
    // after the call arrived; the sixth and last is sent five gaps after.)
    const [call] = bedrock.requests;
    const lastDeltaSentAt = Date.parse(call!.receivedAt) + (STREAMED_DELTAS.length - 1) * DELTA_GAP_MS;
    expect(chunks[0]!.at).toBeLessThan(lastDeltaSentAt);
    expect(chunks[0]!.at).toBeLessThan(doneAt - 200);
    expect(chunks[chunks.length - 1]!.at).toBeGreaterThan(chunks[0]!.at);
    expect(citedDocuments(events)).toContain(documentId);
    expect(events.some((e) => e.event === 'retracted')).toBe(false);

    // The answer came from Bedrock, through the SDK's streaming operation, from the routed model.
    expect(bedrock.script.pending(HAIKU)).toBe(0);
    expect(bedrock.requests.map((r) => [r.operation, r.modelId, r.status])).toEqual([['ConverseStream', HAIKU, 200]]);
    const saga = await sagaOf(done.queryId);
    expect(dataOf<ModelInvokedV1>(saga, modelInvokedV1.type).map((m) => [m.model, m.provider])).toEqual([[HAIKU, 'bedrock']]);
  }, 120_000);

  it('falls back from a dead primary model to the next one, and the customer still gets a cited answer', async () => {
    // Sonnet is down for every call generation makes (its three attempts).
    bedrock.script.enqueue(SONNET, 'unavailable', 3);

    // Two questions in one message: the router classes it complex, so Sonnet is tried first.
    const { events, done } = await ask('customer-fallback', 'How many days do I have to return a tent? And in what condition must the items be?');

    expect(done.outcome).toBe('answered');
    expect(events.filter((e) => e.event === 'chunk').length).toBeGreaterThan(0);
    expect(events.some((e) => e.event === 'retracted')).toBe(false);
    expect(citedDocuments(events)).toContain(documentId);

    expect(bedrock.script.pending(SONNET)).toBe(0);
    expect(bedrock.requests.filter((r) => r.modelId === SONNET).map((r) => [r.operation, r.status])).toEqual([
      ['ConverseStream', 503], ['ConverseStream', 503], ['ConverseStream', 503],
    ]);
    expect(bedrock.requests.filter((r) => r.modelId === HAIKU).map((r) => [r.operation, r.status])).toEqual([['ConverseStream', 200]]);

    const saga = await sagaOf(done.queryId);
    expect(dataOf<QueryRoutedV1>(saga, queryRoutedV1.type).map((r) => [r.complexity, r.model])).toEqual([['complex', SONNET]]);
    const failures = saga.filter((e) => e.type === modelInvocationFailedV1.type);
    expect(failures.map((e) => e.data as ModelInvocationFailedV1).map((f) => [f.model, f.errorCode, f.chunksPublished ?? 0])).toEqual([[SONNET, 'GENERATION.UNAVAILABLE', 0]]);
    // The saga moved on because of that failure: Haiku's command was caused by it.
    const invocations = saga.filter((e) => e.type === invokeModelV1.type);
    expect(invocations.map((e) => (e.data as InvokeModelV1).model)).toEqual([SONNET, HAIKU]);
    expect(invocations[1]!.causationid).toBe(failures[0]!.id);
    expect(dataOf<ModelInvokedV1>(saga, modelInvokedV1.type).map((m) => [m.model, m.provider])).toEqual([[HAIKU, 'bedrock']]);
  }, 120_000);

  it('withdraws a half-streamed answer when the stream breaks, and still ends the query', async () => {
    // Two sentences leave the model, then the connection dies: the first one was shown.
    bedrock.script.enqueueReply(HAIKU, { chunks: POLICY_SENTENCES, chunkDelayMs: DELTA_GAP_MS, cutAfterChunks: 2 });

    const { events, done } = await ask('customer-cut', 'Within how many days can sale items be returned?');

    const names = events.map((e) => e.event);
    const retractedAt = names.indexOf('retracted');
    expect(events.filter((e) => e.event === 'chunk').map((c) => (c.data as { text: string }).text)).toEqual([POLICY_SENTENCES[0]]);
    expect(retractedAt).toBeGreaterThan(names.indexOf('chunk'));
    // Nothing of the withdrawn answer is shown after the withdrawal.
    expect(names.slice(retractedAt)).not.toContain('chunk');
    expect(names.slice(retractedAt)).not.toContain('citations');
    const retracted = events[retractedAt]!.data as { reason: string; replacementText?: string };
    expect(retracted.reason).toBe('generation_failed');
    expect(retracted.replacementText).toEqual(expect.any(String));
    expect(done.text).toBe(retracted.replacementText);

    // A failed generation escalates (escalation's generation_failed rule): a human gets a ticket.
    const saga = await sagaOf(done.queryId);
    const [completed] = dataOf<QueryCompletedV1>(saga, queryCompletedV1.type);
    expect(completed?.outcome).toBe('escalated');
    expect(done.outcome).toBe('escalated');
    expect(completed?.ticketId).toEqual(expect.any(String));
    expect(events.find((e) => e.event === 'escalated')?.data).toEqual({ ticketId: completed?.ticketId, reason: 'generation_failed' });

    // Generation did not retry a call the customer had seen part of, and no other model
    // streamed over it: one call, one failure reporting the shown chunks, one withdrawal.
    expect(bedrock.requests.map((r) => [r.operation, r.modelId])).toEqual([['ConverseStream', HAIKU]]);
    expect(saga.filter((e) => e.type === invokeModelV1.type)).toHaveLength(1);
    const [failure] = dataOf<ModelInvocationFailedV1>(saga, modelInvocationFailedV1.type);
    expect(failure?.errorCode).toBe('GENERATION.STREAM_INTERRUPTED');
    expect(failure?.chunksPublished).toBeGreaterThan(0);
    expect(dataOf<AnswerRetractedV1>(saga, answerRetractedV1.type).map((r) => r.reason)).toEqual(['generation_failed']);
    expect(dataOf<ModelInvokedV1>(saga, modelInvokedV1.type)).toEqual([]);
  }, 120_000);

  it('retracts an answer its sources do not support and hands the customer to a human, with exactly one ticket however often the command is delivered', async () => {
    // Fluent, confident, and found in no passage: the whole-answer grounding check must stop it.
    bedrock.script.enqueueReply(HAIKU, {
      chunks: ['Our lunar warehouse ships penguin-knitted scarves [1].', ' Every parcel travels by hot-air balloon [1].'],
      chunkDelayMs: 50,
    });

    const { events, done } = await ask('customer-ungrounded', 'How long do I have to return a jacket?');

    const names = events.map((e) => e.event);
    const retracted = events.find((e) => e.event === 'retracted')?.data as { reason: string; replacementText?: string } | undefined;
    expect(retracted?.reason).toBe('ungrounded');
    expect(names.slice(names.indexOf('retracted'))).not.toContain('chunk');
    expect(done.outcome).toBe('escalated');
    expect(done.text).not.toMatch(/lunar|balloon/);

    const saga = await sagaOf(done.queryId);
    const [completed] = dataOf<QueryCompletedV1>(saga, queryCompletedV1.type);
    expect(completed?.ticketId).toEqual(expect.any(String));
    const [createTicket] = saga.filter((e) => e.type === createTicketV1.type) as Envelope<CreateTicketV1>[];
    expect(createTicket?.data.reason).toBe('guardrail_block');

    // The same CreateTicket delivered again (same event id), and retried (new event id, same query).
    await watcher.publish(createTicketV1, createTicket!);
    await watcher.publish(createTicketV1, { ...createTicket!, id: randomUUID() });
    await eventually(() => expect(watcher.ofQuery(done.queryId, ticketCreatedV1)).toHaveLength(2), { timeoutMs: 20_000 });
    const tickets = watcher.ofQuery(done.queryId, ticketCreatedV1).map((e) => (e.data as { ticketId: string }).ticketId);
    expect(new Set(tickets)).toEqual(new Set([completed!.ticketId]));
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ count: string }>('SELECT count(*)::text AS count FROM escalation.tickets WHERE query_id = $1', [done.queryId]);
      expect(rows).toEqual([{ count: '1' }]);
    } finally {
      await sql.end();
    }
  }, 120_000);
});
