import type { ChatMessage, ChatModel, ChatReply, ContentPart, TokenUsage } from '../../domain/chat/chat-model.port';
import { generationError, GENERATION_ERROR } from '../../domain/chat/generation-errors';
import { addUsage } from '../../domain/cost/price-table';
import type { ChunkSink, FinishReason, GenerationRequest, GenerationResult, ModelProvider, OrderSummary, Passage } from '../../domain/model-provider.port';
import { answerSupport } from '../../domain/prompt/answer-support';
import { CitationRenumberer } from '../../domain/prompt/citation-renumberer';
import type { PromptPolicy } from '../../domain/prompt/prompt-policy';
import { buildSystemPrompt } from '../../domain/prompt/system-prompt';
import { buildMessages } from '../../domain/prompt/user-message';
import { approximateTokens } from '../../domain/tokens';
import type { ModelResilience } from './model-resilience';
import type { ToolBox, ToolOutcome } from './tool-box';

/** Checked before every model call; rejects (not retriable) when the call would overspend. */
export interface BudgetGuard {
  beforeCall(tenantId: string, model: string, estimate: TokenUsage): Promise<void>;
}

export interface LlmAnswererDeps {
  readonly chat: ChatModel;
  readonly resilience: ModelResilience;
  readonly tools: ToolBox;
  /** The tenant's prompt policy and sampling temperature. */
  readonly policyOf: (tenantId: string) => { readonly prompt: PromptPolicy; readonly temperature: number };
  readonly budget?: BudgetGuard;
  /** Model turns that may call tools before the answer must come (SPEC GN-39 caps agents at 15). */
  readonly maxToolRounds: number;
  /** The provider's own name for a platform model id (`openai/llama3` → `llama3`); identity by default. */
  readonly providerModelId?: (model: string) => string;
}

const FINISH: Record<ChatReply['stopReason'], FinishReason> = { end_turn: 'stop', max_tokens: 'length', content_filtered: 'content_filter', tool_use: 'tool_use' };

/**
 * Answers with a chat model (Bedrock, OpenAI-compatible): assembles the prompt, streams the
 * text with citation markers renumbered as they pass, runs the tools the model asks for and
 * lets it continue, and reports usage summed over every call. Each call goes through the
 * resilience policies; a call is retried only while nothing of the answer was shown.
 */
export class LlmAnswerer implements ModelProvider {
  constructor(private readonly deps: LlmAnswererDeps) {}

  async generate(request: GenerationRequest, onChunk: ChunkSink, signal?: AbortSignal): Promise<GenerationResult> {
    const { prompt, temperature } = this.deps.policyOf(request.tenantId);
    const tools = this.deps.tools.specs;
    const system = buildSystemPrompt(prompt, { language: request.language, toolsAvailable: tools.length > 0 });
    const built = buildMessages({ question: request.question, passages: request.passages, ...(request.sources ? { sources: request.sources } : {}), ...(request.history ? { history: request.history } : {}) });
    const messages: ChatMessage[] = [...built.messages];
    const citations = new CitationRenumberer(built.sourceMap);
    const stream = new AnswerStream(onChunk);
    const evidence: string[] = [];
    const orders: OrderSummary[] = [];
    let usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
    let toolCalls = 0;

    for (let round = 0; ; round++) {
      const call = { model: this.deps.providerModelId?.(request.model) ?? request.model, system, messages, maxOutputTokens: request.maxOutputTokens, temperature, stream: request.stream !== false, ...(tools.length > 0 ? { tools } : {}) };
      await this.deps.budget?.beforeCall(request.tenantId, request.model, { inputTokens: approximateTokens(system + JSON.stringify(messages)), outputTokens: request.maxOutputTokens });
      stream.startTurn();
      const reply = await this.deps.resilience.call(
        request.model,
        (callSignal, alive) => this.deps.chat.converse(call, async (delta) => {
          alive();
          await stream.write(citations.push(delta));
        }, callSignal),
        () => stream.delivered,
        signal,
      );
      usage = addUsage(usage, reply.usage);
      if (reply.stopReason !== 'tool_use' || reply.toolCalls.length === 0) {
        await stream.write(citations.flush());
        const result = this.result(stream.text, citations, usage, toolCalls, FINISH[reply.stopReason], request.passages, evidence);
        return orders.length > 0 ? { ...result, orders } : result;
      }
      if (round >= this.deps.maxToolRounds) {
        throw generationError(GENERATION_ERROR.TOOL_LOOP, `${request.model} still asked for tools after ${round + 1} turns`, { model: request.model, toolCalls });
      }
      toolCalls += reply.toolCalls.length;
      const caller = { tenantId: request.tenantId, customerId: request.customerId };
      const outcomes = await Promise.all(reply.toolCalls.map((toolCall) => this.deps.tools.run(toolCall, caller, signal)));
      evidence.push(...outcomes.filter((o) => !o.isError).map((o) => o.text));
      for (const outcome of outcomes) if (outcome.order && !orders.some((o) => o.orderId === outcome.order!.orderId)) orders.push(outcome.order);
      messages.push(assistantTurn(reply), toolResultsTurn(reply, outcomes));
    }
  }

  private result(text: string, citations: CitationRenumberer, usage: TokenUsage, toolCalls: number, finishReason: FinishReason, passages: readonly Passage[], evidence: readonly string[]): GenerationResult {
    if (text.trim().length === 0) throw generationError(GENERATION_ERROR.EMPTY_ANSWER, 'the model finished without writing an answer');
    // Tool results are evidence too: an order status read from the Order API is supported.
    const support = answerSupport(text, [...passages, ...evidence.map(evidencePassage)]);
    return {
      text, citations: citations.citations(), finishReason, toolCalls,
      inputTokens: usage.inputTokens, outputTokens: usage.outputTokens,
      ...(usage.cacheReadTokens === undefined ? {} : { cacheReadTokens: usage.cacheReadTokens }),
      ...(usage.cacheWriteTokens === undefined ? {} : { cacheWriteTokens: usage.cacheWriteTokens }),
      confidence: support.score,
    };
  }
}

/** Text shown so far across the model's turns, with a space between turns that need one. */
class AnswerStream {
  private shown = '';
  private turnStart = 0;

  constructor(private readonly sink: ChunkSink) {}

  get delivered(): boolean {
    return this.shown.length > 0;
  }

  get text(): string {
    return this.shown;
  }

  startTurn(): void {
    this.turnStart = this.shown.length;
  }

  async write(piece: string): Promise<void> {
    if (piece.length === 0) return;
    const joined = this.shown.length > 0 && this.shown.length === this.turnStart && !/\s$/.test(this.shown) && !/^\s/.test(piece) ? ` ${piece}` : piece;
    await this.sink(joined);
    this.shown += joined;
  }
}

function assistantTurn(reply: ChatReply): ChatMessage {
  const content: ContentPart[] = reply.text.length > 0 ? [{ type: 'text', text: reply.text }] : [];
  for (const call of reply.toolCalls) content.push({ type: 'tool_use', id: call.id, name: call.name, input: call.input ?? {} });
  return { role: 'assistant', content };
}

function toolResultsTurn(reply: ChatReply, outcomes: readonly ToolOutcome[]): ChatMessage {
  return { role: 'user', content: reply.toolCalls.map((call, i) => ({ type: 'tool_result', toolUseId: call.id, text: outcomes[i]!.text, isError: outcomes[i]!.isError })) };
}

/** A tool result in the shape of a passage, for the support score only. */
function evidencePassage(text: string, index: number): Passage {
  return { chunkId: `tool-${index}`, documentId: 'tool', documentVersion: 1, text, score: 1 };
}
