import type { ChatCall } from '../../../domain/chat/chat-model.port';
import { toChatCompletionBody } from './openai-chat-request.mapper';

const base: ChatCall = {
  model: 'gpt-4o-mini',
  system: 'You are a support agent.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is my order?' }] }],
  maxOutputTokens: 256,
};

describe('toChatCompletionBody', () => {
  it('maps a plain streamed call with usage asked for', () => {
    expect(toChatCompletionBody(base)).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'system', content: 'You are a support agent.' }, { role: 'user', content: 'Where is my order?' }],
      max_tokens: 256,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('asks for no stream and no stream options when the call says so', () => {
    const body = toChatCompletionBody({ ...base, stream: false, system: ' ' });
    expect(body.stream).toBe(false);
    expect(body).not.toHaveProperty('stream_options');
    expect(body.messages).toEqual([{ role: 'user', content: 'Where is my order?' }]);
  });

  it('maps tools, tool calls and tool results (results before the user’s own text)', () => {
    const body = toChatCompletionBody({
      ...base,
      temperature: 0,
      tools: [{ name: 'lookup_order', description: 'Finds an order', inputSchema: { type: 'object' } }],
      messages: [
        base.messages[0]!,
        { role: 'assistant', content: [{ type: 'tool_use', id: 'c1', name: 'lookup_order', input: { orderId: 'A-1' } }, { type: 'tool_use', id: 'c2', name: 'lookup_order', input: undefined }] },
        { role: 'user', content: [{ type: 'tool_result', toolUseId: 'c1', text: '{"status":"shipped"}', isError: false }, { type: 'tool_result', toolUseId: 'c2', text: 'orderId missing', isError: true }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Checking again.' }, { type: 'tool_use', id: 'c3', name: 'lookup_order', input: { orderId: 'A-2' } }] },
        { role: 'user', content: [{ type: 'tool_result', toolUseId: 'c3', text: '{}', isError: false }, { type: 'text', text: 'Thanks' }] },
      ],
    });
    expect(body.temperature).toBe(0);
    expect(body.tools).toEqual([{ type: 'function', function: { name: 'lookup_order', description: 'Finds an order', parameters: { type: 'object' } } }]);
    expect(body.messages.slice(2)).toEqual([
      { role: 'assistant', content: null, tool_calls: [
        { id: 'c1', type: 'function', function: { name: 'lookup_order', arguments: '{"orderId":"A-1"}' } },
        { id: 'c2', type: 'function', function: { name: 'lookup_order', arguments: '{}' } },
      ] },
      { role: 'tool', tool_call_id: 'c1', content: '{"status":"shipped"}' },
      { role: 'tool', tool_call_id: 'c2', content: 'Error: orderId missing' },
      { role: 'assistant', content: 'Checking again.', tool_calls: [{ id: 'c3', type: 'function', function: { name: 'lookup_order', arguments: '{"orderId":"A-2"}' } }] },
      { role: 'tool', tool_call_id: 'c3', content: '{}' },
      { role: 'user', content: 'Thanks' },
    ]);
  });

  it('joins several text parts of one message', () => {
    const body = toChatCompletionBody({ ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'One' }, { type: 'text', text: 'Two' }] }] });
    expect(body.messages[1]).toEqual({ role: 'user', content: 'One\n\nTwo' });
  });
});
