import type { StreamFaultKind } from './stream-fault';

/** Why the model stopped, in Bedrock's words (OpenAI's `finish_reason` is mapped from it). */
export type StopReason = 'end_turn' | 'tool_use' | 'max_tokens';

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadInputTokens?: number;
  readonly cacheWriteInputTokens?: number;
}

/** One tool call; `rawInput` is the JSON text of its arguments, malformed when a script says so. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly rawInput: string;
}

/** Everything about one assistant turn, decided before the first byte is sent. */
export interface TurnPlan {
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
  readonly stopReason: StopReason;
  readonly usage: TokenUsage;
  /** How `text` is streamed; always concatenates to `text`. */
  readonly chunks: readonly string[];
  readonly firstTokenDelayMs: number;
  readonly chunkDelayMs: number;
  /** Break the stream off (no end, no error event) after this many content deltas. */
  readonly cutAfterChunks?: number;
  /** Send a mid-stream exception after this many content deltas. */
  readonly faultAfterChunks?: { readonly chunks: number; readonly fault: StreamFaultKind };
}

const WORDS_PER_CHUNK = 3;
/** The rule of thumb for English text with current tokenizers; good enough for usage numbers. */
const CHARACTERS_PER_TOKEN = 4;

/** Tokens for `characters` characters of text: 0 for none, at least 1 otherwise. */
export function estimateTokens(characters: number): number {
  return Math.ceil(characters / CHARACTERS_PER_TOKEN);
}

/** The longest text that fits in `tokens` tokens by {@link estimateTokens}. */
export function charactersFor(tokens: number): number {
  return tokens * CHARACTERS_PER_TOKEN;
}

/**
 * Pieces of about three words, each keeping the whitespace after it (and the first the
 * whitespace before it), so the pieces concatenate to `text` exactly, as a model's deltas do.
 */
export function splitIntoChunks(text: string, wordsPerChunk = WORDS_PER_CHUNK): string[] {
  const words = text.match(/^\s*\S+\s*|\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) chunks.push(words.slice(i, i + wordsPerChunk).join(''));
  // Text made only of whitespace has no words; it is still streamed, as one piece.
  return chunks.length === 0 && text.length > 0 ? [text] : chunks;
}

/** A tool call's JSON arguments in two or three fragments, as models stream them. */
export function splitToolInput(rawInput: string): string[] {
  if (rawInput.length < 2) return [rawInput];
  const size = Math.ceil(rawInput.length / Math.min(3, rawInput.length));
  const fragments: string[] = [];
  for (let i = 0; i < rawInput.length; i += size) fragments.push(rawInput.slice(i, i + size));
  return fragments;
}
