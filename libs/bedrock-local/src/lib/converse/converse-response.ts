import type { BedrockErrorType } from '../bedrock-error';
import type { StreamFaultKind } from '../chat/stream-fault';
import type { TokenUsage, ToolCall, TurnPlan } from '../chat/turn-plan';

/** Each mid-stream fault as ConverseStream's exception event, and as Converse's HTTP error. */
export const CONVERSE_FAULTS: Readonly<Record<StreamFaultKind, { readonly event: string; readonly error: BedrockErrorType }>> = {
  throttle: { event: 'throttlingException', error: 'ThrottlingException' },
  unavailable: { event: 'serviceUnavailableException', error: 'ServiceUnavailableException' },
  validation: { event: 'validationException', error: 'ValidationException' },
  internal: { event: 'internalServerException', error: 'InternalServerException' },
  modelStreamError: { event: 'modelStreamErrorException', error: 'ModelErrorException' },
};

/** Bedrock's usage object: `totalTokens` counts input and output, not cache reads or writes. */
export function converseUsage(usage: TokenUsage): Record<string, number> {
  return { ...usage, totalTokens: usage.inputTokens + usage.outputTokens };
}

/**
 * A tool call's input as Converse carries it: a JSON document. A scripted malformed input
 * cannot be a document, so it travels as a string value, which is what a client would have
 * to cope with.
 */
export function toolInput(call: ToolCall): unknown {
  try {
    return JSON.parse(call.rawInput) as unknown;
  } catch {
    return call.rawInput;
  }
}

/** The Converse (non-streaming) response body. */
export function converseBody(plan: TurnPlan, latencyMs: number): unknown {
  const content: unknown[] = [];
  // An empty text block is dropped when the turn is a tool call, as Bedrock does.
  if (plan.text.length > 0 || plan.toolCalls.length === 0) content.push({ text: plan.text });
  for (const call of plan.toolCalls) content.push({ toolUse: { toolUseId: call.id, name: call.name, input: toolInput(call) } });
  return {
    output: { message: { role: 'assistant', content } },
    stopReason: plan.stopReason,
    usage: converseUsage(plan.usage),
    metrics: { latencyMs },
  };
}
