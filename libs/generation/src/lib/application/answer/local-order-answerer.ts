import type { ChunkSink, GenerationRequest, GenerationResult, ModelProvider } from '../../domain/model-provider.port';
import { ORDER_STATUSES, type OrderStatus } from '../../domain/orders/order';
import { orderNumberIn } from '../../domain/orders/order-number';
import { orderReply, type OrderToolAnswer } from '../../domain/orders/order-reply';
import { ORDER_STATUS_TOOL } from '../../domain/orders/order-status.tool';
import { streamChunks } from '../../domain/local-extractive/stream-chunks';
import { approximateTokens } from '../../domain/tokens';
import type { ToolBox, ToolOutcome } from './tool-box';

/** A factual reply read from the order system: no reason to doubt it. */
const ORDER_REPLY_CONFIDENCE = 0.9;
/** The order system was down: low, so the escalation rules offer a human. */
const UNAVAILABLE_CONFIDENCE = 0.2;

/**
 * The embedded mode's tool use: a question naming an order number is answered from the order
 * tool (same privacy rules as for a model: the customer's own orders only), every other
 * question by the extractive answerer. No model decides here, so the call is made directly.
 */
export class LocalOrderAnswerer implements ModelProvider {
  constructor(
    private readonly answerer: ModelProvider,
    private readonly tools: ToolBox,
    private readonly wordsPerChunk: number,
  ) {}

  async generate(request: GenerationRequest, onChunk: ChunkSink, signal?: AbortSignal): Promise<GenerationResult> {
    const orderId = orderNumberIn(request.question);
    if (orderId === undefined || !this.tools.specs.some((tool) => tool.name === ORDER_STATUS_TOOL.name)) return this.answerer.generate(request, onChunk, signal);
    const input = { orderId };
    const outcome = await this.tools.run({ id: 'local-order-lookup', name: ORDER_STATUS_TOOL.name, input, rawInput: JSON.stringify(input) }, { tenantId: request.tenantId, customerId: request.customerId }, signal);
    const answer = readOutcome(orderId, outcome);
    const text = orderReply(answer, request.language);
    for (const chunk of streamChunks(text, this.wordsPerChunk)) await onChunk(chunk);
    return {
      text, citations: [], finishReason: 'stop', toolCalls: 1,
      ...(outcome.order ? { orders: [outcome.order] } : {}),
      inputTokens: approximateTokens(request.question), outputTokens: approximateTokens(text),
      confidence: answer.kind === 'unavailable' ? UNAVAILABLE_CONFIDENCE : ORDER_REPLY_CONFIDENCE,
    };
  }
}

/** The tool's outcome as an answer; a found order without its summary counts as the system failing. */
function readOutcome(orderId: string, outcome: ToolOutcome): OrderToolAnswer {
  if (outcome.outcome === 'not_signed_in') return { kind: 'not_signed_in', orderId };
  if (outcome.outcome === 'not_found' || outcome.outcome === 'invalid_arguments') return { kind: 'not_found', orderId };
  const order = outcome.order;
  if (outcome.outcome !== 'found' || order === undefined || !isOrderStatus(order.status)) return { kind: 'unavailable', orderId };
  return { kind: 'found', ...order, status: order.status };
}

function isOrderStatus(status: string): status is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(status);
}
