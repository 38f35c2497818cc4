import { playTurn, type ContentDelta, type TurnSink } from '../chat/turn-player';
import type { TurnPlan } from '../chat/turn-plan';
import { breakOff, openState, type WireResponse } from '../wire';
import { openAiStreamFaultError } from './openai-error';
import { finishReason, openAiUsage, type CompletionIdentity } from './openai-response';

/** What the stream says about the request: whether usage gets its own last chunk. */
export interface StreamOptions {
  readonly identity: CompletionIdentity;
  readonly includeUsage: boolean;
}

/** Writes `data:` lines of `chat.completion.chunk` objects. */
function chunkWriter(res: WireResponse, options: StreamOptions) {
  const data = (payload: unknown): void => {
    res.write(`data: ${JSON.stringify(payload)}\n\n`);
  };
  // With include_usage every chunk carries `usage: null` until the last one, as OpenAI does.
  const chunk = (choices: unknown[], usage: unknown = null): void => {
    const { id, created, model } = options.identity;
    data({ id, object: 'chat.completion.chunk', created, model, choices, ...(options.includeUsage ? { usage } : {}) });
  };
  const delta = (content: unknown, finish: string | null = null): void => chunk([{ index: 0, delta: content, finish_reason: finish }]);
  return { data, chunk, delta };
}

function completionStreamSink(res: WireResponse, plan: TurnPlan, options: StreamOptions): TurnSink {
  const isOpen = openState(res);
  const write = chunkWriter(res, options);
  return {
    isOpen,
    delta(delta: ContentDelta): void {
      if (delta.kind === 'text') return write.delta({ content: delta.text });
      // The first fragment of a call names it; later ones only add to its arguments.
      const call = delta.first
        ? { index: delta.toolIndex, id: delta.call.id, type: 'function', function: { name: delta.call.name, arguments: delta.fragment } }
        : { index: delta.toolIndex, function: { arguments: delta.fragment } };
      write.delta({ tool_calls: [call] });
    },
    finish(): void {
      write.delta({}, finishReason(plan.stopReason));
      if (options.includeUsage) write.chunk([], openAiUsage(plan.usage));
      res.write('data: [DONE]\n\n');
      res.end();
    },
    fault(fault): void {
      write.data(openAiStreamFaultError(fault).toJSON());
      res.end();
    },
    cut: () => breakOff(res),
  };
}

/**
 * Answers a streaming chat completion as server-sent events: the headers and a first chunk with
 * the role go out at once, then the turn is played in real time, then a finish chunk, the usage
 * chunk when asked for, and `data: [DONE]`.
 */
export async function streamCompletion(res: WireResponse, plan: TurnPlan, options: StreamOptions, delay: (ms: number) => Promise<boolean>): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  chunkWriter(res, options).delta({ role: 'assistant', content: '' });
  await playTurn(plan, completionStreamSink(res, plan, options), delay);
}
