import type { ToolCall } from '../chat/chat-model.port';
import { ORDER_STATUS_ARGUMENTS_HINT, parseOrderStatusArguments } from './order-status-arguments';

const call = (input: Record<string, unknown> | undefined, rawInput = input === undefined ? 'not json' : JSON.stringify(input)): ToolCall => ({
  id: 'tool-1', name: 'get_order_status', input, rawInput,
});

describe('parseOrderStatusArguments', () => {
  it.each([
    ['SW-10041', 'SW-10041'],
    ['#SW-10041', 'SW-10041'],
    ['  sw_10041 ', 'sw_10041'],
    ['A#1', 'A#1'],
    ['x'.repeat(64), 'x'.repeat(64)],
  ])('accepts %j as order %j', (orderId, expected) => {
    expect(parseOrderStatusArguments(call({ orderId }))).toEqual({ ok: true, orderId: expected });
  });

  it.each([
    ['no JSON object', undefined, 'the arguments are not a JSON object'],
    ['no orderId', { order: 'SW-10041' }, 'orderId is missing'],
    ['a number', { orderId: 10041 }, 'orderId must be a string'],
    ['an empty string', { orderId: '' }, 'orderId is empty'],
    ['only a hash', { orderId: ' # ' }, 'orderId is empty'],
    ['65 characters', { orderId: 'x'.repeat(65) }, 'orderId is longer than 64 characters'],
    ['a space inside', { orderId: 'SW 10041' }, 'orderId has characters other than'],
    ['a path', { orderId: '../admin' }, 'orderId has characters other than'],
    ['non-ASCII letters', { orderId: 'ÄB-1' }, 'orderId has characters other than'],
  ])('refuses %s, saying what is wrong and what to send', (_case, input, problem) => {
    const parsed = parseOrderStatusArguments(call(input));
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toContain(`Invalid arguments (${problem}`);
    expect(message).toContain(ORDER_STATUS_ARGUMENTS_HINT);
    expect(message).toContain('expected {"orderId": "<order number>"}');
    expect(message.endsWith(`; got ${input === undefined ? 'not json' : JSON.stringify(input)}`)).toBe(true);
  });

  it('quotes at most 200 characters of what the model wrote', () => {
    const rawInput = `{"orderId": "${'9'.repeat(500)}"}`;
    const parsed = parseOrderStatusArguments(call({ orderId: '9'.repeat(500) }, rawInput));
    const message = parsed.ok ? '' : parsed.message;
    expect(message.endsWith(`; got ${rawInput.slice(0, 200)}…`)).toBe(true);
    expect(message).not.toContain('9'.repeat(200));
  });
});
