import { conversationSpend, tenantSpendOn } from './infrastructure/postgres/model-calls.repository';
import { HAIKU, ModelLayerHarness, OPENAI_MODEL, SONNET, TENANT } from '../test/model-layer-harness';

/**
 * The Bedrock and OpenAI-compatible providers end to end through the generation service:
 * the real AWS SDK (ConverseStream over HTTP/2) and fetch, against local servers speaking
 * their wire protocols. Costs are checked against figures computed by hand.
 */
describe('model layer: streaming, costs and caching (real SDK, local Bedrock)', () => {
  let h: ModelLayerHarness;

  beforeAll(async () => {
    h = await ModelLayerHarness.start('gen_streaming');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('streams a ConverseStream answer chunk by chunk, citations renumbered to the documents shown', async () => {
    const chunks = ['Unused items ', 'can be returned ', 'within 60 days [1]. ', 'Refunds take ', '5 business days [2].'];
    h.bedrock.script.enqueueReply(SONNET, { chunks, chunkDelayMs: 20 });
    const command = h.invoke(SONNET);
    const { invoked, chunks: streamed } = await h.answer(command);
    expect(streamed.length).toBeGreaterThanOrEqual(3);
    expect(streamed.map((c) => c.sequence)).toEqual(streamed.map((_, i) => i));
    expect(streamed.map((c) => c.text).join('')).toBe(invoked.answerText);
    // Both passages are one document version, hence one source: the model's "[2]" names nothing and is dropped.
    expect(invoked.answerText).toBe('Unused items can be returned within 60 days [1]. Refunds take 5 business days.');
    expect(invoked).toMatchObject({ provider: 'bedrock', model: SONNET, finishReason: 'stop' });
    expect(invoked.citations).toHaveLength(1);
    expect(invoked.citations[0]!.documentId).toBe(command.data.passages[0]!.documentId);
    const [call] = h.calls(SONNET).slice(-1);
    expect(call!.operation).toBe('ConverseStream');
  });

  it('prices a scripted two-question conversation exactly as computed by hand, cache tokens included', async () => {
    const conversationId = `conv-cost-${Date.now()}`;
    // Sonnet: 1,200 in × $3 + 300 out × $15 + 2,000 cache-read × $0.30 + 1,000 cache-write × $3.75 per 1M = $0.01245.
    h.bedrock.script.enqueueReply(SONNET, { usage: { inputTokens: 1200, outputTokens: 300, cacheReadInputTokens: 2000, cacheWriteInputTokens: 1000 } });
    const first = await h.answer(h.invoke(SONNET, { conversationId }));
    expect(first.invoked).toMatchObject({ inputTokens: 1200, outputTokens: 300, cacheReadTokens: 2000, cacheWriteTokens: 1000, costUsd: 0.01245 });
    // Haiku with a tool round trip, two calls: (800 + 950) in × $0.25 + (40 + 60) out × $1.25 per 1M = $0.0005625.
    h.bedrock.script.enqueueReply(HAIKU, { toolUse: { name: 'get_order_status', input: { orderId: 'SW-10041' } }, usage: { inputTokens: 800, outputTokens: 40 } });
    h.bedrock.script.enqueueReply(HAIKU, { usage: { inputTokens: 950, outputTokens: 60 } });
    const second = await h.answer(h.invoke(HAIKU, { conversationId, customerId: 'cust-ada', question: 'Where is order SW-10041?' }));
    expect(second.invoked).toMatchObject({ inputTokens: 1750, outputTokens: 100, costUsd: 0.0005625, toolCalls: 1 });
    const spend = await conversationSpend(h.generation.sql, TENANT, conversationId);
    expect(spend).toEqual({ calls: 2, inputTokens: 2950, outputTokens: 400, costUsd: 0.0130125 });
    const today = await tenantSpendOn(h.generation.sql, TENANT, new Date().toISOString().slice(0, 10));
    expect(today.costUsd).toBeGreaterThanOrEqual(0.0130125);

    // The same figures over HTTP, to the tenant's admins and auditors only.
    const report = await h.get(`/v1/costs/conversations/${conversationId}`, TENANT, 'admin');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ conversationId, calls: 2, inputTokens: 2950, outputTokens: 400, costUsd: 0.0130125 });
    // By model id: "claude-3-5-sonnet" sorts before "claude-3-haiku".
    expect((report.body as { models: unknown[] }).models).toEqual([
      expect.objectContaining({ model: SONNET, calls: 1, costUsd: 0.01245, cacheReadTokens: 2000, cacheWriteTokens: 1000 }),
      expect.objectContaining({ model: HAIKU, calls: 1, costUsd: 0.0005625 }),
    ]);
    expect((await h.get(`/v1/costs/conversations/${conversationId}`, 'tnt_other', 'admin')).body).toMatchObject({ calls: 0, costUsd: 0 });
    expect((await h.get(`/v1/costs/conversations/${conversationId}`, TENANT, 'customer')).status).toBe(403);
    expect((await h.get('/v1/costs?day=yesterday', TENANT, 'auditor')).status).toBe(400);
    expect((await h.get('/v1/costs', TENANT, 'auditor')).body).toMatchObject({ day: new Date().toISOString().slice(0, 10) });
  });

  it('streams from an OpenAI-compatible server too, and prices it from the configured table', async () => {
    h.openAi.script.enqueueReply('llama3.1-8b', { chunks: ['Unused items can ', 'be returned within ', '60 days [1].'], usage: { inputTokens: 1000, outputTokens: 50 } });
    const { invoked, chunks } = await h.answer(h.invoke(OPENAI_MODEL));
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(invoked).toMatchObject({ provider: 'openai_compatible', model: OPENAI_MODEL, answerText: 'Unused items can be returned within 60 days [1].' });
    // 1,000 × $0.10 + 50 × $0.20 per 1M.
    expect(invoked.costUsd).toBe(0.00011);
    expect(h.openAi.requests.at(-1)).toMatchObject({ operation: 'ChatCompletions', modelId: 'llama3.1-8b' });
  });

  it('answers a repeated first question from the cache until the knowledge base changes', async () => {
    const question = 'Can I return an unused tent after 40 days?';
    const before = h.calls(HAIKU).length;
    const first = await h.answer(h.invoke(HAIKU, { question, knowledgeBaseVersion: '41' }));
    const again = await h.answer(h.invoke(HAIKU, { question: 'can I return an UNUSED tent after 40 days', knowledgeBaseVersion: '41' }));
    expect(again.invoked).toMatchObject({ cached: true, costUsd: 0, inputTokens: 0, answerText: first.invoked.answerText });
    expect(again.chunks.map((c) => c.text).join('')).toBe(first.invoked.answerText);
    expect(h.calls(HAIKU).length).toBe(before + 1);
    const changed = await h.answer(h.invoke(HAIKU, { question, knowledgeBaseVersion: '42' }));
    expect(changed.invoked.cached).toBeUndefined();
    expect(h.calls(HAIKU).length).toBe(before + 2);
  });
});
