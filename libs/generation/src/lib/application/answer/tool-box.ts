import type { ToolCall, ToolSpec } from '../../domain/chat/chat-model.port';
import type { OrderSummary } from '../../domain/model-provider.port';

/** Who a tool acts for: never anyone but the tenant and customer of the query. */
export interface ToolCaller {
  readonly tenantId: string;
  readonly customerId: string | undefined;
}

/** What running a tool gave the model: a JSON or plain text, or an error it can recover from. */
export interface ToolOutcome {
  readonly text: string;
  readonly isError: boolean;
  /** A short label for logs and metrics (`found`, `not_found`, `invalid_arguments`, …). */
  readonly outcome: string;
  /** The customer's order the tool found, when it found one. */
  readonly order?: OrderSummary;
}

/** The tools offered to models, and how to run one the model asked for. */
export interface ToolBox {
  readonly specs: readonly ToolSpec[];
  run(call: ToolCall, caller: ToolCaller, signal?: AbortSignal): Promise<ToolOutcome>;
}

/** An answer without tools: the model is offered none. */
export const NO_TOOLS: ToolBox = {
  specs: [],
  run: (call) => Promise.resolve({ text: `Unknown tool ${call.name}.`, isError: true, outcome: 'unknown_tool' }),
};
