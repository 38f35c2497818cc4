import type { ToolCall } from '../../domain/chat/chat-model.port';
import type { OrderLookup } from '../../domain/orders/order';
import { ORDER_STATUS_TOOL, runOrderStatusTool } from '../../domain/orders/order-status.tool';
import { orderSummaryOf } from '../../domain/orders/order-summary';
import { NO_TOOLS, type ToolBox, type ToolCaller, type ToolOutcome } from './tool-box';

/** Reports each lookup (outcome, and the failure when the order system was down). */
export type ToolObserver = (tool: string, outcome: string, failure?: { readonly code: string; readonly message: string }) => void;

/** The order-status tool over an order system (the company's Order API, or the demo store). */
export class OrderToolBox implements ToolBox {
  readonly specs = [ORDER_STATUS_TOOL];

  constructor(
    private readonly orders: OrderLookup,
    private readonly observe: ToolObserver = () => undefined,
  ) {}

  async run(call: ToolCall, caller: ToolCaller, signal?: AbortSignal): Promise<ToolOutcome> {
    if (call.name !== ORDER_STATUS_TOOL.name) return NO_TOOLS.run(call, caller, signal);
    const result = await runOrderStatusTool(this.orders, caller, call, signal);
    this.observe(call.name, result.outcome, result.failure);
    const order = result.view === undefined ? undefined : orderSummaryOf(result.view);
    return { text: result.text, isError: result.isError, outcome: result.outcome, ...(order ? { order } : {}) };
  }
}
