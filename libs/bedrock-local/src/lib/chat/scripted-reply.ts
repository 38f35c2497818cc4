import { conversationTexts, type Conversation } from './conversation';
import { answerByDefault, defaultToolUseId, type DefaultAnswer } from './default-answerer';
import type { StreamFaultKind } from './stream-fault';
import { charactersFor, estimateTokens, splitIntoChunks, type StopReason, type TokenUsage, type TurnPlan } from './turn-plan';

/**
 * A scripted assistant turn: any field left out is what the default answerer would do. Give
 * `text`, `chunks` or `toolUse` to replace the answer; give only timing, usage or faults to
 * keep the default answer and change how it is delivered.
 */
export interface ScriptedReply {
  readonly text?: string;
  /** How the text is streamed; without `text` the text is their concatenation. */
  readonly chunks?: readonly string[];
  /** `rawInput` wins over `input`: use it for malformed JSON arguments. */
  readonly toolUse?: { readonly name: string; readonly input?: Record<string, unknown>; readonly rawInput?: string; readonly id?: string };
  readonly stopReason?: StopReason;
  readonly usage?: Partial<TokenUsage>;
  readonly firstTokenDelayMs?: number;
  readonly chunkDelayMs?: number;
  readonly cutAfterChunks?: number;
  readonly faultAfterChunks?: { readonly chunks: number; readonly fault: StreamFaultKind };
}

/** Delays applied to every streamed reply that does not set its own. */
export interface StreamTiming {
  readonly firstTokenDelayMs: number;
  readonly chunkDelayMs: number;
}

/** Throws when a reply contradicts itself, so a bad script fails where it is written. */
export function checkScriptedReply(reply: ScriptedReply): void {
  if (reply.text !== undefined && reply.chunks !== undefined && reply.chunks.join('') !== reply.text) {
    throw new Error(`scripted chunks must concatenate to the scripted text; got ${JSON.stringify(reply.chunks.join(''))} for ${JSON.stringify(reply.text)}`);
  }
  for (const [field, value] of Object.entries({ firstTokenDelayMs: reply.firstTokenDelayMs, chunkDelayMs: reply.chunkDelayMs, cutAfterChunks: reply.cutAfterChunks, faultAfterChunks: reply.faultAfterChunks?.chunks })) {
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) throw new Error(`${field} must be a non-negative number; got ${value}`);
  }
}

function scriptedAnswer(conversation: Conversation, reply: ScriptedReply): DefaultAnswer | undefined {
  if (reply.text === undefined && reply.chunks === undefined && reply.toolUse === undefined) return undefined;
  const tool = reply.toolUse;
  return {
    text: reply.text ?? reply.chunks?.join('') ?? '',
    toolCalls: tool === undefined ? [] : [{ id: tool.id ?? defaultToolUseId(conversation), name: tool.name, rawInput: tool.rawInput ?? JSON.stringify(tool.input ?? {}) }],
  };
}

/**
 * The whole turn: the scripted or default answer, cut to `maxTokens` as a model would stop
 * (a cut-off turn calls no tool), usage estimated from characters, then scripted overrides.
 */
export function buildTurnPlan(conversation: Conversation, reply: ScriptedReply | undefined, timing: StreamTiming): TurnPlan {
  const answer = (reply === undefined ? undefined : scriptedAnswer(conversation, reply)) ?? answerByDefault(conversation);
  const inputTokens = estimateTokens(conversationTexts(conversation).join('').length);
  let outputTokens = estimateTokens(answer.text.length + answer.toolCalls.reduce((sum, call) => sum + call.rawInput.length, 0));
  let { text, toolCalls } = answer;
  let stopReason: StopReason = toolCalls.length > 0 ? 'tool_use' : 'end_turn';
  const limit = conversation.maxTokens;
  if (limit !== undefined && outputTokens > limit) {
    text = text.slice(0, charactersFor(limit));
    toolCalls = [];
    stopReason = 'max_tokens';
    outputTokens = limit;
  }
  const truncated = text !== answer.text;
  return {
    text,
    toolCalls,
    stopReason: reply?.stopReason ?? stopReason,
    usage: { inputTokens, outputTokens, ...reply?.usage },
    chunks: reply?.chunks !== undefined && !truncated ? reply.chunks : splitIntoChunks(text),
    firstTokenDelayMs: reply?.firstTokenDelayMs ?? timing.firstTokenDelayMs,
    chunkDelayMs: reply?.chunkDelayMs ?? timing.chunkDelayMs,
    ...(reply?.cutAfterChunks === undefined ? {} : { cutAfterChunks: reply.cutAfterChunks }),
    ...(reply?.faultAfterChunks === undefined ? {} : { faultAfterChunks: reply.faultAfterChunks }),
  };
}
