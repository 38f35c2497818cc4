import type { ChatCall } from '../../../domain/chat/chat-model.port';
import { toConverseInput } from './bedrock-converse-request.mapper';

const base: ChatCall = {
  model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
  system: 'You are a support agent.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is my order?' }] }],
  maxOutputTokens: 512,
};

describe('toConverseInput', () => {
  it('maps a plain call without temperature or tools', () => {
    expect(toConverseInput(base)).toEqual({
      modelId: base.model,
      system: [{ text: 'You are a support agent.' }],
      messages: [{ role: 'user', content: [{ text: 'Where is my order?' }] }],
      inferenceConfig: { maxTokens: 512 },
    });
  });

  it('maps temperature, tools, tool use and tool results (error and success)', () => {
    const input = toConverseInput({
      ...base,
      temperature: 0.2,
      tools: [{ name: 'lookup_order', description: 'Finds an order', inputSchema: { type: 'object', properties: { orderId: { type: 'string' } } } }],
      messages: [
        base.messages[0]!,
        { role: 'assistant', content: [{ type: 'text', text: ' ' }, { type: 'tool_use', id: 't1', name: 'lookup_order', input: { orderId: 'A-1' } }, { type: 'tool_use', id: 't2', name: 'lookup_order', input: undefined }] },
        { role: 'user', content: [{ type: 'tool_result', toolUseId: 't1', text: '{"status":"shipped"}', isError: false }, { type: 'tool_result', toolUseId: 't2', text: 'bad arguments', isError: true }] },
      ],
    });
    expect(input.inferenceConfig).toEqual({ maxTokens: 512, temperature: 0.2 });
    expect(input.toolConfig).toEqual({ tools: [{ toolSpec: { name: 'lookup_order', description: 'Finds an order', inputSchema: { json: { type: 'object', properties: { orderId: { type: 'string' } } } } } }] });
    expect(input.messages[1]).toEqual({
      role: 'assistant',
      content: [{ toolUse: { toolUseId: 't1', name: 'lookup_order', input: { orderId: 'A-1' } } }, { toolUse: { toolUseId: 't2', name: 'lookup_order', input: {} } }],
    });
    expect(input.messages[2]).toEqual({
      role: 'user',
      content: [
        { toolResult: { toolUseId: 't1', content: [{ text: '{"status":"shipped"}' }], status: 'success' } },
        { toolResult: { toolUseId: 't2', content: [{ text: 'bad arguments' }], status: 'error' } },
      ],
    });
  });

  it('leaves out a blank system prompt and an empty tool list', () => {
    const input = toConverseInput({ ...base, system: '  ', tools: [] });
    expect(input).not.toHaveProperty('system');
    expect(input).not.toHaveProperty('toolConfig');
  });
});
