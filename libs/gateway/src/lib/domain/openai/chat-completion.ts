import type { Citation } from '../conversation/assistant-message';
import type { QueryResult } from '../stream/stream-event';

/** OpenAI's shapes, limited to the fields SDKs read. */
export interface ChatCompletion {
  readonly id: string;
  readonly object: 'chat.completion';
  readonly created: number;
  readonly model: string;
  readonly choices: readonly [{ readonly index: 0; readonly message: { readonly role: 'assistant'; readonly content: string }; readonly finish_reason: 'stop' }];
  readonly usage: { readonly prompt_tokens: number; readonly completion_tokens: number; readonly total_tokens: number };
}

export interface ChatCompletionChunk {
  readonly id: string;
  readonly object: 'chat.completion.chunk';
  readonly created: number;
  readonly model: string;
  readonly choices: readonly [{ readonly index: 0; readonly delta: { readonly role?: 'assistant'; readonly content?: string }; readonly finish_reason: 'stop' | null }];
}

export interface CompletionIdentity {
  readonly queryId: string;
  readonly model: string;
  readonly created: Date;
}

const completionId = (queryId: string): string => `chatcmpl-${queryId}`;
const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** `Sources: [1] Title, section (uri); [2] ...`, or '' without citations. */
export function sourcesLine(citations: readonly Citation[]): string {
  if (citations.length === 0) return '';
  const items = citations.map((c, i) => {
    // Retrieval often names a passage by its section already: say it once.
    const name = c.section && !c.title.includes(c.section) ? `${c.title}, ${c.section}` : c.title;
    return `[${i + 1}] ${name}${c.uri ? ` (${c.uri})` : ''}`;
  });
  return `Sources: ${items.join('; ')}`;
}

/** The answer with its sources appended, as the single message content. */
export function completionContent(result: Pick<QueryResult, 'text' | 'citations'>): string {
  const sources = sourcesLine(result.citations);
  return sources ? `${result.text}\n\n${sources}` : result.text;
}

export function chatCompletion(identity: CompletionIdentity, result: QueryResult): ChatCompletion {
  const { inputTokens, outputTokens } = result.usage;
  return {
    id: completionId(identity.queryId),
    object: 'chat.completion',
    created: unixSeconds(identity.created),
    model: identity.model,
    choices: [{ index: 0, message: { role: 'assistant', content: completionContent(result) }, finish_reason: 'stop' }],
    usage: { prompt_tokens: inputTokens, completion_tokens: outputTokens, total_tokens: inputTokens + outputTokens },
  };
}

export function chatCompletionChunk(identity: CompletionIdentity, delta: ChatCompletionChunk['choices'][0]['delta'], finish: 'stop' | null = null): ChatCompletionChunk {
  return { id: completionId(identity.queryId), object: 'chat.completion.chunk', created: unixSeconds(identity.created), model: identity.model, choices: [{ index: 0, delta, finish_reason: finish }] };
}
