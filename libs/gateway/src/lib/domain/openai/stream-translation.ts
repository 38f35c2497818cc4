import type { QueryStreamState } from '../stream/query-stream';
import { separatorBefore } from '../stream/join-sentences';
import type { StreamEvent } from '../stream/stream-event';
import { sourcesLine } from './chat-completion';

/** What to send on an OpenAI-style stream for one of our stream events. */
export type OpenAiStreamStep =
  | { readonly kind: 'content'; readonly text: string }
  | { readonly kind: 'finish' }
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

/**
 * Turns the query's stream events into OpenAI content deltas. OpenAI streams can only append,
 * so a retraction or an escalation shows as text appended after what was already sent.
 */
export class OpenAiStreamTranslator {
  private sent = '';
  private retracted = false;

  translate(event: StreamEvent, state: QueryStreamState): OpenAiStreamStep[] {
    switch (event.event) {
      case 'chunk':
        return [this.append(event.data.text)];
      case 'retracted':
        this.retracted = true;
        return [];
      case 'error':
        return [{ kind: 'error', code: event.data.code, message: event.data.message }];
      case 'done':
        return this.finish(event.data.outcome, event.data.text, state);
      default:
        return [];
    }
  }

  private finish(outcome: string, text: string, state: QueryStreamState): OpenAiStreamStep[] {
    if (outcome === 'failed') return [{ kind: 'finish' }];
    const steps: OpenAiStreamStep[] = [];
    if (outcome !== 'answered' || this.retracted) {
      steps.push(this.appendParagraph(text));
    } else {
      if (this.sent.length === 0) steps.push(this.append(text));
      const sources = sourcesLine(state.result?.citations ?? []);
      if (sources) steps.push(this.appendParagraph(sources));
    }
    steps.push({ kind: 'finish' });
    return steps.filter((s) => s.kind !== 'content' || s.text.length > 0);
  }

  private append(text: string): OpenAiStreamStep {
    const piece = separatorBefore(this.sent, text) + text;
    this.sent += piece;
    return { kind: 'content', text: piece };
  }

  private appendParagraph(text: string): OpenAiStreamStep {
    const piece = (this.sent.length > 0 ? '\n\n' : '') + text;
    this.sent += piece;
    return { kind: 'content', text: piece };
  }
}
