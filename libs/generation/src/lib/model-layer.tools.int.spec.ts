import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { messageOf } from '@sagewire/service-testing';
import { recordModelCall } from './infrastructure/postgres/model-calls.repository';
import { CUSTOMER, HAIKU, ModelLayerHarness, OTHER_CUSTOMER, SONNET, TENANT } from '../test/model-layer-harness';

const BUDGET_TENANT = 'tnt_thrifty';
const CLASSIFIED_TENANT = 'tnt_classified';

/** Tool use against a local Order API, and routing by tenant policy and budget. */
describe('model layer: order tool and tenant routing (real SDK, local Bedrock and Order API)', () => {
  let h: ModelLayerHarness;

  beforeAll(async () => {
    h = await ModelLayerHarness.start('gen_tools', {
      GENERATION_MODEL_SIMPLE: HAIKU,
      GENERATION_MODEL_COMPLEX: SONNET,
      GENERATION_MODEL_FALLBACKS: `${HAIKU},amazon.titan-text-premier-v1:0`,
      GENERATION_TENANT_POLICIES: JSON.stringify({ tenants: { [BUDGET_TENANT]: { dailyBudgetUsd: 1 }, [CLASSIFIED_TENANT]: { models: { classifier: HAIKU } } } }),
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it("fetches the customer's own order through the tool and answers from it", async () => {
    const { invoked } = await h.answer(h.invoke(HAIKU, { customerId: CUSTOMER, question: 'Where is my order SW-10041?' }));
    expect(invoked.answerText).toContain('shipped');
    expect(invoked.toolCalls).toBe(1);
    // What an agent taking over would need, carried on for a handoff.
    expect(invoked.orders).toEqual([{ orderId: 'SW-10041', status: 'shipped', carrier: 'UPS', trackingNumber: '1Z999AA10123456784', estimatedDelivery: '2026-11-25' }]);
    const lookup = h.orders.requests.at(-1)!;
    expect(lookup).toMatchObject({ method: 'GET', path: '/orders/SW-10041', tenantId: TENANT, status: 200 });
    expect(lookup).not.toHaveProperty('authorization');
  });

  it("refuses another customer's order with the answer of a missing one, revealing nothing of it", async () => {
    const since = h.bedrock.requests.length;
    const { invoked } = await h.answer(h.invoke(HAIKU, { customerId: CUSTOMER, question: 'What is the status of order SW-20077?' }));
    expect(invoked.answerText).not.toMatch(/processing|DHL|JD014600003828391|sleeping bag/i);
    expect(invoked.orders).toBeUndefined();
    // What the model was told about the order: nothing but "not found for this customer".
    const toolResultCall = h.calls(HAIKU, since).at(-1)!;
    const sent = JSON.stringify(toolResultCall.body);
    expect(sent).toContain('No order with this number was found for this customer.');
    expect(sent).not.toMatch(/processing|DHL|JD014600003828391|Down sleeping bag/);
    expect(sent).not.toContain(OTHER_CUSTOMER);
  });

  it('hands malformed tool arguments back to the model as an error it can recover from', async () => {
    const since = h.bedrock.requests.length;
    h.bedrock.script.enqueueReply(HAIKU, { toolUse: { name: 'get_order_status', rawInput: '{"orderId": ' } });
    const { invoked } = await h.answer(h.invoke(HAIKU, { customerId: CUSTOMER, question: 'Where is my order?' }));
    expect(invoked.finishReason).toBe('stop');
    const followUp = JSON.stringify(h.calls(HAIKU, since).at(-1)!.body);
    expect(followUp).toContain('Invalid arguments');
    expect(followUp).toContain('"status":"error"');
  });

  it('routes by the tenant policy: Haiku for simple questions, Sonnet for complex ones, with the fallback chain', async () => {
    const simple = messageOf(routeQueryV1, { text: 'Do you ship to Canada?', language: 'en' });
    const complex = messageOf(routeQueryV1, { text: 'My tent arrived torn and the poles are bent. What are my options? Can I get a replacement?', language: 'en' });
    await h.generation.publish(routeQueryV1, simple);
    await h.generation.publish(routeQueryV1, complex);
    const [routedSimple] = await h.generation.awaitReplies(queryRoutedV1, simple);
    const [routedComplex] = await h.generation.awaitReplies(queryRoutedV1, complex);
    expect(routedSimple!.data).toMatchObject({ complexity: 'simple', model: HAIKU, fallbackModels: ['amazon.titan-text-premier-v1:0'] });
    expect(routedComplex!.data).toMatchObject({ complexity: 'complex', model: SONNET, fallbackModels: [HAIKU, 'amazon.titan-text-premier-v1:0'] });
  });

  it('sends everything to the cheap model once a tenant has spent over 90 % of its daily budget', async () => {
    await h.generation.sql.transaction((manager) => recordModelCall(manager, {
      tenantId: BUDGET_TENANT, queryId: 'q-spent', conversationId: 'c-spent', model: SONNET, attempt: 1, provider: 'bedrock',
      inputTokens: 1, outputTokens: 1, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0.95, cached: false, at: new Date(),
    }));
    const complex = { ...messageOf(routeQueryV1, { text: 'My tent arrived torn and the poles are bent. What are my options? Can I get a replacement?', language: 'en' }), tenantid: BUDGET_TENANT };
    await h.generation.publish(routeQueryV1, complex);
    const [routed] = await h.generation.awaitReplies(queryRoutedV1, complex);
    expect(routed!.data).toMatchObject({ complexity: 'complex', model: HAIKU });
    // And a call that could overspend the rest is refused before it is made.
    const since = h.bedrock.requests.length;
    const { failed } = await h.failure({ ...h.invoke(SONNET, { maxOutputTokens: 4000 }), tenantid: BUDGET_TENANT });
    expect(failed).toMatchObject({ errorCode: 'GENERATION.BUDGET_EXCEEDED', retriable: false });
    expect(h.calls(SONNET, since)).toHaveLength(0);
  });

  it("lets a tenant's cheap classifier model refine the rules, and routes an unreadable verdict as complex", async () => {
    const ask = (text: string) => ({ ...messageOf(routeQueryV1, { text, language: 'en' }), tenantid: CLASSIFIED_TENANT });
    h.bedrock.script.enqueueReply(HAIKU, { text: '{"class": "complex", "confidence": 0.86}', usage: { inputTokens: 180, outputTokens: 12 } });
    const refined = ask('Is the Trailhead tent waterproof?');
    await h.generation.publish(routeQueryV1, refined);
    const [routed] = await h.generation.awaitReplies(queryRoutedV1, refined);
    expect(routed!.data).toMatchObject({ complexity: 'complex', method: 'classifier', model: SONNET });
    // Its call is priced into the ledger under attempt 0: 180 × $0.25 + 12 × $1.25 per 1M.
    const [row] = await h.generation.sql.query<{ cost_usd: string; attempt: number }[]>('SELECT cost_usd, attempt FROM generation.model_calls WHERE query_id = $1', [refined.data.queryId]);
    expect(row).toMatchObject({ attempt: 0 });
    expect(Number(row!.cost_usd)).toBe(0.00006);

    h.bedrock.script.enqueueReply(HAIKU, { text: 'That sounds like a simple one!' });
    const unreadable = ask('Do you ship to Canada?');
    await h.generation.publish(routeQueryV1, unreadable);
    const [fallback] = await h.generation.awaitReplies(queryRoutedV1, unreadable);
    expect(fallback!.data).toMatchObject({ complexity: 'complex', method: 'default', model: SONNET });

    // A customer asking for a human is escalated by the rules; the classifier is not asked.
    const since = h.bedrock.requests.length;
    const human = ask('I want to talk to a human');
    await h.generation.publish(routeQueryV1, human);
    const [escalated] = await h.generation.awaitReplies(queryRoutedV1, human);
    expect(escalated!.data).toMatchObject({ complexity: 'escalate', method: 'rules' });
    expect(h.calls(HAIKU, since)).toHaveLength(0);
  });
});
