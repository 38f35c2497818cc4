import type { ToolCall } from '../chat/chat-model.port';

/** Longest order number accepted; real ones are far shorter, longer input is a confused model. */
export const MAX_ORDER_ID_LENGTH = 64;
/** How much of the model's raw arguments an error message quotes back to it. */
const MAX_QUOTED_INPUT = 200;
const ORDER_ID_PATTERN = /^[A-Za-z0-9_#-]+$/;

/** What the model is told to send, word for word in every argument error. */
export const ORDER_STATUS_ARGUMENTS_HINT =
  `expected {"orderId": "<order number>"}, the order number as the customer gave it: 1 to ${MAX_ORDER_ID_LENGTH} letters, digits, "-", "_" or "#"`;

export type OrderStatusArguments =
  | { readonly ok: true; readonly orderId: string }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the order number from the model's arguments. Surrounding spaces and one leading `#`
 * ("#SW-10041", as customers write it) are dropped; anything else odd is refused with a
 * message that tells the model what to send instead, so it can correct itself in one round.
 */
export function parseOrderStatusArguments(call: ToolCall): OrderStatusArguments {
  if (call.input === undefined) return refuse(call, 'the arguments are not a JSON object');
  const value = call.input['orderId'];
  if (value === undefined) return refuse(call, 'orderId is missing');
  if (typeof value !== 'string') return refuse(call, 'orderId must be a string');
  const orderId = value.trim().replace(/^#/, '');
  if (orderId.length === 0) return refuse(call, 'orderId is empty');
  if (orderId.length > MAX_ORDER_ID_LENGTH) return refuse(call, `orderId is longer than ${MAX_ORDER_ID_LENGTH} characters`);
  if (!ORDER_ID_PATTERN.test(orderId)) return refuse(call, 'orderId has characters other than letters, digits, "-", "_" and "#"');
  return { ok: true, orderId };
}

function refuse(call: ToolCall, problem: string): OrderStatusArguments {
  const raw = call.rawInput.length > MAX_QUOTED_INPUT ? `${call.rawInput.slice(0, MAX_QUOTED_INPUT)}…` : call.rawInput;
  return { ok: false, message: `Invalid arguments (${problem}): ${ORDER_STATUS_ARGUMENTS_HINT}; got ${raw}` };
}
