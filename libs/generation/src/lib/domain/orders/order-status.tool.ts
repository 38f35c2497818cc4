import { describeError } from '@sagewire/errors';
import type { ToolCall, ToolSpec } from '../chat/chat-model.port';
import { toCustomerOrderView, type CustomerOrderView } from './customer-order-view';
import type { Order, OrderLookup } from './order';
import { parseOrderStatusArguments } from './order-status-arguments';

/** The order-status tool as the model sees it. */
export const ORDER_STATUS_TOOL: ToolSpec = {
  name: 'get_order_status',
  description:
    "Looks up the status of one of the signed-in customer's orders by its order number: where it is, " +
    'carrier and tracking number, estimated delivery, items and total. Call it when the customer asks about ' +
    'a specific order and has given its number; ask for the number first if they have not. It only finds ' +
    "the customer's own orders.",
  inputSchema: {
    type: 'object',
    properties: {
      orderId: { type: 'string', description: 'The order number exactly as the customer gave it, e.g. "SW-10041" or "#SW-10041".' },
    },
    required: ['orderId'],
    additionalProperties: false,
  },
};

/** What happened, for the caller's logs and metrics; the model only sees `text`. */
export type OrderStatusOutcome = 'found' | 'not_found' | 'invalid_arguments' | 'not_signed_in' | 'unavailable';

export interface OrderStatusToolResult {
  /** The tool result for the model: JSON, or an instruction when `isError`. */
  readonly text: string;
  readonly isError: boolean;
  readonly outcome: OrderStatusOutcome;
  /** Only with `unavailable`: what the lookup threw, to log (adapters keep secrets out of it). */
  readonly failure?: { readonly code: string; readonly retriable: boolean; readonly message: string };
  /** Only with `found`: the customer's view of the order, as `text` carries it to the model. */
  readonly view?: CustomerOrderView;
}

/** Who is chatting: the tenant, and the signed-in customer (undefined in an anonymous chat). */
export interface OrderStatusCaller {
  readonly tenantId: string;
  readonly customerId: string | undefined;
}

export const NOT_FOUND_MESSAGE = 'No order with this number was found for this customer.';
export const NOT_SIGNED_IN_MESSAGE =
  'The customer is not signed in, so their orders cannot be looked up. Ask the customer to sign in and ask again.';
export const UNAVAILABLE_MESSAGE = 'The order system is unavailable right now; tell the customer you could not check the order.';

/**
 * Runs one `get_order_status` call for `caller`. Privacy invariant: an order is shown only to
 * the customer who placed it (exact id match), and an order of someone else gets exactly the
 * answer of a missing one, so the tool cannot be used to learn that an order number exists.
 * An outage of the order system becomes an `isError` result, not a throw, so the model can
 * still answer; only the caller's own abort rejects.
 */
export async function runOrderStatusTool(lookup: OrderLookup, caller: OrderStatusCaller, call: ToolCall, signal?: AbortSignal): Promise<OrderStatusToolResult> {
  const args = parseOrderStatusArguments(call);
  if (!args.ok) return { text: args.message, isError: true, outcome: 'invalid_arguments' };
  const { orderId } = args;
  // An empty id is no identity: it must never match an order stored with an empty customer id.
  const customerId = caller.customerId === '' ? undefined : caller.customerId;
  if (customerId === undefined) {
    return { text: JSON.stringify({ found: false, orderId, reason: 'not_signed_in', message: NOT_SIGNED_IN_MESSAGE }), isError: false, outcome: 'not_signed_in' };
  }
  let order: Order | undefined;
  try {
    order = await lookup.find({ tenantId: caller.tenantId, orderId, customerId }, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const { code, retriable, message } = describeError(error);
    return { text: UNAVAILABLE_MESSAGE, isError: true, outcome: 'unavailable', failure: { code, retriable, message } };
  }
  if (order === undefined || order.customerId !== customerId) {
    return { text: JSON.stringify({ found: false, orderId, message: NOT_FOUND_MESSAGE }), isError: false, outcome: 'not_found' };
  }
  const view = toCustomerOrderView(order);
  return { text: JSON.stringify({ found: true, ...view }), isError: false, outcome: 'found', view };
}
