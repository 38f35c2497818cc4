import type { ChatMessage, ToolResultPart, ToolSpec } from './conversation';

/** What a support model says when the order tool finds nothing. */
export const ORDER_NOT_FOUND = "I couldn't find that order for your account.";

/**
 * An order number: 4+ digits with an optional `#`, or a letter prefix with an optional dash
 * (`#12345`, `A-10023`, `ORD-778812`). Not inside a word, a phone number, a decimal or a date.
 */
const ORDER_NUMBER = /(?<![\p{L}\p{N}-]|\p{N}[.,/])#?((?:[A-Za-z]{1,4}-?)?\p{N}{4,})(?![\p{L}\p{N}]|[-.,/]\p{N})/u;

/** The first order number in `text`, without its `#`. */
export function findOrderNumber(text: string): string | undefined {
  return ORDER_NUMBER.exec(text)?.[1];
}

/** The first tool taking exactly one required string property: the shape of "look up order X". */
export function pickLookupTool(tools: readonly ToolSpec[]): { readonly name: string; readonly property: string } | undefined {
  for (const tool of tools) {
    const schema = tool.inputSchema as { required?: unknown; properties?: Record<string, { type?: unknown } | undefined> } | null;
    const required = Array.isArray(schema?.required) ? (schema.required as unknown[]) : [];
    const property = required[0];
    if (required.length === 1 && typeof property === 'string' && schema?.properties?.[property]?.type === 'string') return { name: tool.name, property };
  }
  return undefined;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The single string argument the model passed to the call with `toolUseId`, if any. */
function lookedUpValue(history: readonly ChatMessage[], toolUseId: string): string | undefined {
  for (const message of history) {
    for (const part of message.parts) {
      if (!('toolUse' in part) || part.toolUse.id !== toolUseId) continue;
      const values = Object.values((part.toolUse.input ?? {}) as Record<string, unknown>);
      return values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
    }
  }
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/**
 * One sentence or three about a tool result: an order's status with its delivery details, "not
 * found" for an error or `found: false`, else the raw result.
 */
export function answerFromToolResult(history: readonly ChatMessage[], part: ToolResultPart): string {
  const { toolUseId, text: resultText, isError } = part.toolResult;
  const result = parseObject(resultText);
  if (isError || result?.found === false) return ORDER_NOT_FOUND;
  const status = text(result?.status);
  if (result === undefined || status === undefined) return `Here is what I found: ${resultText.trim()}`;
  const orderId = text(result.orderId) ?? text(result.orderNumber) ?? lookedUpValue(history, toolUseId);
  const answer = [orderId === undefined ? `Your order is ${status}.` : `Order ${orderId} is ${status}.`];
  const delivery = text(result.estimatedDelivery);
  if (delivery !== undefined) answer.push(`Estimated delivery: ${delivery}.`);
  const carrier = text(result.carrier);
  const tracking = text(result.trackingNumber);
  if (carrier !== undefined && tracking !== undefined) answer.push(`It ships with ${carrier}, tracking number ${tracking}.`);
  else if (carrier !== undefined) answer.push(`It ships with ${carrier}.`);
  else if (tracking !== undefined) answer.push(`Tracking number: ${tracking}.`);
  return answer.join(' ');
}
