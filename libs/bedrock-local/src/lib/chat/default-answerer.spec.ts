import type { ChatMessage, Conversation, ToolSpec } from './conversation';
import { answerByDefault } from './default-answerer';
import { ORDER_NOT_FOUND, findOrderNumber } from './order-lookup';
import { NO_ANSWER } from './sources-answer';

const ORDER_TOOL: ToolSpec = {
  name: 'get_order_status', description: 'Look up an order',
  inputSchema: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
};
const conversation = (messages: ChatMessage[], tools: ToolSpec[] = []): Conversation => ({ system: 'You are a support agent.', messages, tools, maxTokens: undefined });
const asks = (text: string, tools: ToolSpec[] = []): Conversation => conversation([{ role: 'user', parts: [{ text }] }], tools);
const prompt = (passages: string[], question: string): string =>
  `<sources>\n${passages.map((p, i) => `[${i + 1}] Help centre — Section ${i + 1}\n${p}`).join('\n\n')}\n</sources>\n\nQuestion: ${question}`;

describe('answerByDefault: from the <sources> passages', () => {
  const passages = [
    'Our store opens at 9am. Refunds go back to the original card within 5 business days.',
    'Express shipping to Canada arrives the next day. Standard shipping takes a week.',
    'Refunds for gift cards are paid as store credit.',
  ];

  it('answers with the best-matching sentence and its marker, best first, at most two', () => {
    expect(answerByDefault(asks(prompt(passages, 'How many days until refunds reach my card?'))).text)
      .toBe('Refunds go back to the original card within 5 business days [1]. Refunds for gift cards are paid as store credit [3].');
    // A second sentence sharing under half the best one's words is left out.
    expect(answerByDefault(asks(prompt(passages, 'How fast is express shipping to Canada?'))).text)
      .toBe('Express shipping to Canada arrives the next day [2].');
  });

  it('says it does not know when nothing overlaps or there are no sources', () => {
    expect(answerByDefault(asks(prompt(passages, 'Can I pay with bitcoin?'))).text).toBe(NO_ANSWER);
    expect(answerByDefault(asks('How do refunds work?')).text).toBe(NO_ANSWER);
  });

  it('matches CJK questions character by character, and other languages word by word', () => {
    const japanese = ['返金は5営業日以内にカードに戻ります。配送は翌日です。'];
    expect(answerByDefault(asks(prompt(japanese, '返金はいつですか？'))).text).toBe('返金は5営業日以内にカードに戻ります [1]。');
    const german = ['Die Rückerstattung erfolgt innerhalb von 5 Werktagen. Der Versand dauert zwei Tage.'];
    expect(answerByDefault(asks(prompt(german, 'Wann kommt meine Rückerstattung?'))).text).toBe('Die Rückerstattung erfolgt innerhalb von 5 Werktagen [1].');
  });
});

describe('answerByDefault: order lookups', () => {
  it.each([
    ['Where is my order #12345?', '12345'],
    ['Status of A-10023 please', 'A-10023'],
    ['ORD-778812 has not arrived', 'ORD-778812'],
  ])('calls the one-string-argument tool for %j', (question, orderId) => {
    const answer = answerByDefault(asks(prompt(['Orders ship within 2 days.'], question), [ORDER_TOOL]));
    expect(answer.text).toBe('');
    expect(answer.toolCalls).toEqual([{ id: expect.stringMatching(/^tooluse_[0-9a-f]{8}$/) as string, name: 'get_order_status', rawInput: JSON.stringify({ orderId }) }]);
  });

  it('does not take dates, phone numbers or short numbers for order numbers', () => {
    for (const text of ['Delivered on 2024-06-01?', 'Call 555-1234', 'I ordered 3 items', 'version 1.2345']) expect(findOrderNumber(text)).toBeUndefined();
  });

  it('answers from sources when no tool fits, no tool is offered, or only a source names a number', () => {
    const twoArgs: ToolSpec = { ...ORDER_TOOL, inputSchema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a', 'b'] } };
    expect(answerByDefault(asks('Where is order #12345?', [twoArgs])).toolCalls).toEqual([]);
    expect(answerByDefault(asks('Where is order #12345?')).toolCalls).toEqual([]);
    expect(answerByDefault(asks(prompt(['Order 12345 was a sample.'], 'What is a sample?'), [ORDER_TOOL])).toolCalls).toEqual([]);
  });

  const afterLookup = (result: string, isError = false): Conversation => conversation([
    { role: 'user', parts: [{ text: 'Where is #12345?' }] },
    { role: 'assistant', parts: [{ toolUse: { id: 't1', name: 'get_order_status', input: { orderId: '12345' } } }] },
    { role: 'user', parts: [{ toolResult: { toolUseId: 't1', text: result, isError } }] },
  ], [ORDER_TOOL]);

  it('answers from a tool result: status, delivery, carrier and tracking', () => {
    expect(answerByDefault(afterLookup(JSON.stringify({ status: 'shipped', estimatedDelivery: '2024-06-03', carrier: 'UPS', trackingNumber: '1Z999' }))))
      .toEqual({ text: 'Order 12345 is shipped. Estimated delivery: 2024-06-03. It ships with UPS, tracking number 1Z999.', toolCalls: [] });
    expect(answerByDefault(afterLookup(JSON.stringify({ orderId: 'A-1', status: 'processing' }))).text).toBe('Order A-1 is processing.');
  });

  it('says the order was not found for an error result or found:false', () => {
    expect(answerByDefault(afterLookup('order service down', true)).text).toBe(ORDER_NOT_FOUND);
    expect(answerByDefault(afterLookup(JSON.stringify({ found: false }))).text).toBe(ORDER_NOT_FOUND);
    expect(answerByDefault(afterLookup('plain text')).text).toBe('Here is what I found: plain text');
  });
});
