import type { Envelope } from '@sagewire/contracts';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { userQuerySubmittedV1, type UserQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { eventually } from '@sagewire/testing';
import { api, collect, createTenant, customerToken, publish, startGateway, type ErrorBody, type GatewayHarness, type TestTenant } from '../../../test/gateway-harness';
import { answered, modelInvoked, sentence, type QueryRef } from '../../../test/saga-events';
import { SseReader } from '../../../test/sse-reader';

interface Completion {
  id: string;
  object: string;
  model: string;
  choices: { index: number; message: { role: string; content: string }; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

/** The OpenAI-compatible endpoint, as an OpenAI SDK would call it. */
describe('POST /v1/chat/completions', () => {
  let h: GatewayHarness;
  let submitted: { seen: Envelope[]; close(): Promise<void> };
  let tenant: TestTenant;
  let token: string;

  beforeAll(async () => {
    h = await startGateway('gateway_openai');
    submitted = await collect(h, [userQuerySubmittedV1.topic]);
    tenant = await createTenant(h, 'OpenAI tenant');
    token = await customerToken(h, tenant, 'erin');
  });

  afterAll(async () => {
    await submitted.close();
    await h.close();
  });

  const submissionWithText = (text: string): Promise<UserQuerySubmittedV1> =>
    eventually(() => {
      const found = submitted.seen.map((e) => e.data as UserQuerySubmittedV1).find((d) => d.text === text);
      expect(found).toBeDefined();
      return found!;
    });

  const chat = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${h.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  async function answer(ref: QueryRef, sentences: readonly string[]): Promise<void> {
    await publish(h, modelInvokedV1, modelInvoked(ref), tenant.tenantId, ref.conversationId);
    for (const [i, text] of sentences.entries()) await publish(h, outputScreenedV1, sentence(ref, i, text), tenant.tenantId, ref.conversationId);
    await publish(h, outputScreenedV1, { ...sentence(ref, 0, ''), sentenceIndex: undefined, screenedText: sentences.join(' ') }, tenant.tenantId, ref.conversationId);
    await publish(h, queryCompletedV1, answered(ref), tenant.tenantId, ref.conversationId);
  }

  it('answers with a chat.completion object: the answer, its sources and token usage', async () => {
    const pending = chat({ model: 'gpt-4o-mini', temperature: 0, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Can I return shoes?' }] });
    const query = await submissionWithText('Can I return shoes?');
    expect(query).toMatchObject({ channel: 'openai_compatible', userId: 'erin', turn: 1 });
    await answer(query, ['Yes, within 30 days.']);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.headers.get('x-sagewire-conversation-id')).toBe(query.conversationId);
    const body = (await response.json()) as Completion;
    expect(body).toMatchObject({ id: `chatcmpl-${query.queryId}`, object: 'chat.completion', model: 'gpt-4o-mini' });
    expect(body.choices).toEqual([{ index: 0, message: { role: 'assistant', content: 'Yes, within 30 days.\n\nSources: [1] Returns policy (https://example.com/returns)' }, finish_reason: 'stop' }]);
    expect(body.usage).toEqual({ prompt_tokens: 50, completion_tokens: 12, total_tokens: 62 });
  });

  it('streams chat.completion.chunk lines then [DONE], continuing the conversation named in the header', async () => {
    const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token, body: {} });
    const response = await chat({ model: 'sagewire', stream: true, messages: [{ role: 'user', content: [{ type: 'text', text: 'How long is shipping?' }] }] }, { 'x-sagewire-conversation-id': conversation.body.id });
    expect(response.status).toBe(200);
    const query = await submissionWithText('How long is shipping?');
    expect(query.conversationId).toBe(conversation.body.id);
    const reader = new SseReader(response);
    await reader.take(1);
    await answer(query, ['Two days.', 'Free over 50 EUR.']);
    const lines = await reader.rest();
    expect(lines.at(-1)!.data).toBe('[DONE]');
    const chunks = lines.slice(0, -1).map((line) => JSON.parse(line.data) as { object: string; choices: { delta: { content?: string; role?: string }; finish_reason: string | null }[] });
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant');
    expect(chunks.map((c) => c.choices[0]!.delta.content ?? '').join('')).toBe('Two days. Free over 50 EUR.\n\nSources: [1] Returns policy (https://example.com/returns)');
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('stop');
  });

  it("answers errors in OpenAI's shape", async () => {
    const invalid = await api<ErrorBody>(h, 'POST', '/v1/chat/completions', { token, body: { model: 'm', messages: [{ role: 'assistant', content: 'hi' }] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ error: { message: 'body.messages: must contain a user message with text', type: 'invalid_request_error', code: 'GATEWAY.INVALID_REQUEST' } });
    const unauthenticated = await api<ErrorBody>(h, 'POST', '/v1/chat/completions', { body: { model: 'm', messages: [] } });
    expect(unauthenticated.body.error.type).toBe('authentication_error');
    const foreign = await api<ErrorBody>(h, 'POST', '/v1/chat/completions', {
      token, headers: { 'x-sagewire-conversation-id': '00000000-0000-4000-8000-000000000000' }, body: { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
    });
    expect(foreign.status).toBe(404);
  });

  it('ends open streams when the gateway shuts down', async () => {
    const conversation = await api<{ id: string }>(h, 'POST', '/v1/conversations', { token, body: {} });
    const response = await fetch(`${h.baseUrl}/v1/conversations/${conversation.body.id}/messages?stream=true`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Still there?' }),
    });
    const reader = new SseReader(response);
    await reader.take(1);
    await h.close();
    const events = await reader.rest();
    expect(events.map((e) => e.event)).toEqual(['accepted', 'error']);
    expect(JSON.parse(events[1]!.data)).toMatchObject({ code: 'GATEWAY.SHUTTING_DOWN' });
  });
});
