import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';

/** A retrieved knowledge-base passage, in the contract's shape. */
export type Passage = InvokeModelV1['passages'][number];

/** A source shown to the customer, in the contract's shape. */
export type Citation = ModelInvokedV1['citations'][number];

/** One earlier turn of the conversation, already screened. */
export type ConversationTurn = NonNullable<InvokeModelV1['history']>[number];

/** An order looked up for the asking customer, in the contract's shape. */
export type OrderSummary = NonNullable<ModelInvokedV1['orders']>[number];

/** Why the model stopped, in the contract's terms. */
export type FinishReason = ModelInvokedV1['finishReason'];

/** What a provider is asked to answer. */
export interface GenerationRequest {
  /** Model id; providers are picked by its prefix in the infrastructure layer. */
  model: string;
  /** Whose knowledge base and policy apply; tools act within this tenant only. */
  tenantId: string;
  /** The signed-in customer asking, if any: tools never act for anyone else. */
  customerId?: string;
  /** The redacted question. */
  question: string;
  /** BCP 47 tag the answer must be written in. */
  language: string;
  passages: readonly Passage[];
  /** Earlier turns, oldest first. */
  history?: readonly ConversationTurn[];
  maxOutputTokens: number;
  /** Document titles by document id, for citations; passages carry none. */
  titles?: Readonly<Record<string, string>>;
  /** The sources retrieval named for the passages (title, section, version, link). */
  sources?: readonly Citation[];
  /** False when nobody watches the stream: providers may then use a non-streaming call. */
  stream?: boolean;
}

/** A complete answer, returned once the last chunk has been delivered. */
export interface GenerationResult {
  /** The full answer: exactly the concatenation of the streamed chunks. */
  text: string;
  /** Sources in marker order: `citations[0]` is "[1]" in the text. */
  citations: Citation[];
  inputTokens: number;
  outputTokens: number;
  /** Prompt-cache tokens, where the provider reports them (priced apart from input tokens). */
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  finishReason: FinishReason;
  /** Tool calls the model made on the way (order lookups). */
  toolCalls?: number;
  /** The asking customer's orders found by those calls, for a handoff. */
  orders?: OrderSummary[];
  /** The provider's own confidence (0..1), when it has one. */
  confidence?: number;
}

/** Receives streamed answer text; awaited, so a slow consumer slows the stream down. */
export type ChunkSink = (text: string) => Promise<void>;

/**
 * The port every model back-end implements (Bedrock, OpenAI-compatible, the local answerer).
 * `generate` streams the answer through `onChunk` and resolves with the whole of it. It
 * rejects with an `AppError` whose `retriable` flag tells the caller whether trying the same
 * model again may help; it stops and rejects when `signal` is aborted.
 */
export interface ModelProvider {
  generate(request: GenerationRequest, onChunk: ChunkSink, signal?: AbortSignal): Promise<GenerationResult>;
}
