/**
 * The low-level port of a chat model (Bedrock Converse, any OpenAI-compatible server): one
 * call, one reply, text streamed as it arrives. Prompt assembly, tool execution, retries and
 * citations live above it (application/answer), so an adapter only translates wire formats.
 */

/** A tool the model may call, described by a JSON Schema of its input object. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: Readonly<Record<string, unknown>>;
}

export type ContentPart =
  | { readonly type: 'text'; readonly text: string }
  /** A call the model made earlier in the conversation, echoed back so it can see its own turn. */
  | { readonly type: 'tool_use'; readonly id: string; readonly name: string; readonly input: unknown }
  /** What running a tool returned (JSON text), or why it could not run (`isError`). */
  | { readonly type: 'tool_result'; readonly toolUseId: string; readonly text: string; readonly isError: boolean };

export interface ChatMessage {
  readonly role: 'user' | 'assistant';
  readonly content: readonly ContentPart[];
}

/** Everything one model call needs; `model` is the provider's own id (e.g. a Bedrock model id). */
export interface ChatCall {
  readonly model: string;
  readonly system: string;
  /** Oldest first; starts with a user message and alternates roles. */
  readonly messages: readonly ChatMessage[];
  readonly maxOutputTokens: number;
  readonly temperature?: number;
  readonly tools?: readonly ToolSpec[];
  /** False asks for the non-streaming operation; `onText` then gets the whole text once. Default true. */
  readonly stream?: boolean;
}

/** A tool call the model asked for. `input` is undefined when its arguments were not a JSON object. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly input: Readonly<Record<string, unknown>> | undefined;
  /** The arguments exactly as the model wrote them, for error messages. */
  readonly rawInput: string;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens?: number;
  readonly cacheWriteTokens?: number;
}

/** Why the model stopped, normalised across providers. */
export type StopReason = 'end_turn' | 'max_tokens' | 'tool_use' | 'content_filtered';

export interface ChatReply {
  /** All text of this call: exactly the concatenation of what went through `onText`. */
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
  readonly stopReason: StopReason;
  readonly usage: TokenUsage;
  /** The provider's own latency figure (Bedrock `metrics.latencyMs`), when it reports one. */
  readonly providerLatencyMs?: number;
}

/** Receives streamed text deltas; awaited, so a slow consumer slows the stream down. */
export type TextSink = (delta: string) => Promise<void>;

/**
 * One model call. Rejects with an `AppError` (code `GENERATION.*`) whose `retriable` says
 * whether calling again may help: throttling, unavailability, model-not-ready, timeouts and
 * a stream cut in the middle are retriable; validation, access denied, unknown model are not.
 * When `signal` aborts, the call stops (closing its stream) and rejects.
 */
export interface ChatModel {
  converse(call: ChatCall, onText: TextSink, signal: AbortSignal): Promise<ChatReply>;
}
