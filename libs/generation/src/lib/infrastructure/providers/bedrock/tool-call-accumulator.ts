import type { ToolCall } from '../../../domain/chat/chat-model.port';

/**
 * Tool-call arguments as the port wants them: a JSON object, or undefined for anything else
 * (unparsable text, an array, a bare string), the raw text being kept beside it. No text at
 * all counts as an empty object: a tool called without arguments may stream no fragment.
 */
export function parseToolInput(raw: string): ToolCall['input'] {
  if (raw.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

interface PendingCall {
  id: string;
  name: string;
  raw: string;
}

/** What one stream event says about a tool call; any field may be missing from a given event. */
export interface ToolCallPart {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly fragment?: string | undefined;
}

/**
 * Assembles tool calls whose arguments arrive as JSON fragments, keyed by the stream's own
 * index (Bedrock's `contentBlockIndex`, OpenAI's `tool_calls[].index`), so calls interleaved
 * in one stream stay apart. Shared by the Bedrock and OpenAI-compatible adapters.
 */
export class ToolCallAccumulator {
  private readonly byIndex = new Map<number, PendingCall>();

  /** The first id and name seen for `index` stick (some servers repeat them, some send them once); fragments concatenate. */
  add(index: number, part: ToolCallPart): void {
    const call = this.byIndex.get(index) ?? { id: '', name: '', raw: '' };
    if (call.id === '' && part.id) call.id = part.id;
    if (call.name === '' && part.name) call.name = part.name;
    if (part.fragment) call.raw += part.fragment;
    this.byIndex.set(index, call);
  }

  get size(): number {
    return this.byIndex.size;
  }

  /** The calls in stream order; a server that sent no id gets a positional one, so results can still be matched. */
  calls(): ToolCall[] {
    return [...this.byIndex.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, call]) => ({ id: call.id || `call_${index}`, name: call.name, input: parseToolInput(call.raw), rawInput: call.raw }));
  }
}
