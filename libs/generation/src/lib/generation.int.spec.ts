import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { invokeModelV1, type InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { ServiceTestHost, messageOf } from '@sagewire/service-testing';
import { generationService } from './generation.service';

const REPLIES = [queryRoutedV1, answerChunkGeneratedV1, modelInvokedV1, modelInvocationFailedV1];
const QUESTION = 'Can unused items be returned within 60 days of delivery?';

describe('generation service (PostgreSQL, in-memory bus)', () => {
  let generation: ServiceTestHost;

  beforeAll(async () => {
    generation = await ServiceTestHost.start('generation_svc', generationService, REPLIES, { GENERATION_WORDS_PER_CHUNK: '2' });
  });

  afterAll(async () => {
    await generation?.close();
  });

  const invoke = (overrides: Partial<InvokeModelV1> = {}) =>
    messageOf(invokeModelV1, { model: 'local-extractive', question: QUESTION, ...overrides });

  it('routes a request for a human to escalate, by rules, leaving the model to the saga', async () => {
    const command = messageOf(routeQueryV1, { text: 'I want to talk to a human', language: 'en' });
    await generation.publish(routeQueryV1, command);
    const [routed] = await generation.awaitReplies(queryRoutedV1, command);
    expect(routed!.data).toEqual({ queryId: command.data.queryId, conversationId: command.data.conversationId, complexity: 'escalate', language: 'en', method: 'rules' });
  });

  it('streams the answer in order, then reports it with a citation of the passage', async () => {
    const command = invoke();
    await generation.publish(invokeModelV1, command);
    const [invoked] = await generation.awaitReplies(modelInvokedV1, command);
    const chunks = generation.repliesTo(answerChunkGeneratedV1, command);
    expect(chunks.map((c) => c.data.sequence)).toEqual(chunks.map((_, i) => i));
    expect(chunks.every((c) => c.subject === command.data.conversationId && c.data.text.trim().split(/\s+/).length <= 2)).toBe(true);
    const passage = command.data.passages[0]!;
    expect(invoked!.data).toMatchObject({ model: 'local-extractive', provider: 'local', costUsd: 0, finishReason: 'stop', attempt: 1 });
    expect(invoked!.data.answerText).toContain('can be returned within 60 days of delivery');
    expect(chunks.map((c) => c.data.text).join('')).toBe(invoked!.data.answerText);
    // Passages carry no document title: the section stands in for it.
    expect(invoked!.data.citations[0]).toEqual({ documentId: passage.documentId, documentVersion: passage.documentVersion, title: passage.section, section: passage.section });
    expect(invoked!.data.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("says it does not know when no passage is relevant", async () => {
    const command = invoke({ question: 'What is the capital of Mongolia?' });
    await generation.publish(invokeModelV1, command);
    const [invoked] = await generation.awaitReplies(modelInvokedV1, command);
    expect(invoked!.data.answerText).toMatch(/^I don't know/);
    expect(invoked!.data).toMatchObject({ citations: [], confidence: 0.2 });
  });

  it('fails an unknown model without retry, streaming nothing', async () => {
    const command = invoke({ model: 'acme.unknown-model-v9' });
    await generation.publish(invokeModelV1, command);
    const [failed] = await generation.awaitReplies(modelInvocationFailedV1, command);
    expect(failed!.data).toMatchObject({ model: 'acme.unknown-model-v9', errorCode: 'GENERATION.UNKNOWN_MODEL', retriable: false, attempt: 1 });
    expect(generation.repliesTo(answerChunkGeneratedV1, command)).toEqual([]);
  });

  it('answers an InvokeModel delivered twice once', async () => {
    const command = invoke();
    await generation.publish(invokeModelV1, command);
    await generation.publish(invokeModelV1, command);
    // Same conversation, so same partition: once the marker is answered, both copies were handled.
    const marker = invoke({ conversationId: command.data.conversationId });
    await generation.publish(invokeModelV1, marker);
    await generation.awaitReplies(modelInvokedV1, marker);
    expect(generation.repliesTo(modelInvokedV1, command)).toHaveLength(1);
  });

  it('regenerates the same chunks with the same sequences when a killed generation is redelivered', async () => {
    const command = invoke();
    await generation.publish(invokeModelV1, command);
    const [first] = await generation.awaitReplies(modelInvokedV1, command);
    const streamed = generation.repliesTo(answerChunkGeneratedV1, command).map((c) => c.data);
    // A process killed before its reply committed leaves no inbox row: the redelivery runs again.
    await generation.sql.query('DELETE FROM generation.inbox WHERE event_id = $1', [command.id]);
    await generation.publish(invokeModelV1, command);
    const [, second] = await generation.awaitReplies(modelInvokedV1, command, 2);
    expect(second!.data.answerText).toBe(first!.data.answerText);
    expect(generation.repliesTo(answerChunkGeneratedV1, command).map((c) => c.data)).toEqual([...streamed, ...streamed]);
  });
});
