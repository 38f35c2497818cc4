import type { AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import type { Citation } from '../conversation/assistant-message';
import type { QueryOutcome } from '../conversation/canned-replies';

/** What a client connection receives about one query (the SSE event names and payloads). */
export type StreamEvent =
  | { readonly event: 'accepted'; readonly data: { readonly queryId: string } }
  | { readonly event: 'chunk'; readonly data: { readonly sequence: number; readonly text: string } }
  | { readonly event: 'citations'; readonly data: { readonly citations: readonly Citation[] } }
  | { readonly event: 'retracted'; readonly data: { readonly reason: AnswerRetractedV1['reason']; readonly replacementText?: string } }
  | { readonly event: 'escalated'; readonly data: { readonly ticketId: string; readonly reason?: string } }
  | { readonly event: 'done'; readonly data: { readonly queryId: string; readonly outcome: QueryOutcome; readonly text: string } }
  | { readonly event: 'error'; readonly data: { readonly code: string; readonly message: string } };

/**
 * The saga's events as the stream needs them (mapped from the contracts at the consumer), so
 * the reducer below stays independent of envelopes and transports.
 */
export type SagaInput =
  | { readonly kind: 'input-screened'; readonly detectedLanguage?: string }
  | { readonly kind: 'sentence-screened'; readonly sentenceIndex: number; readonly verdict: 'pass' | 'redact' | 'block'; readonly screenedText: string }
  | { readonly kind: 'answer-screened'; readonly verdict: 'pass' | 'redact' | 'block'; readonly screenedText: string }
  | { readonly kind: 'model-invoked'; readonly citations: readonly Citation[] }
  | { readonly kind: 'escalation-decided'; readonly escalate: boolean; readonly reason: string }
  | { readonly kind: 'answer-retracted'; readonly reason: AnswerRetractedV1['reason']; readonly replacementText?: string }
  | { readonly kind: 'ticket-created'; readonly ticketId: string }
  | {
      readonly kind: 'query-completed';
      readonly outcome: Exclude<QueryOutcome, 'failed'>;
      readonly ticketId?: string;
      readonly inputTokens: number;
      readonly outputTokens: number;
    }
  | { readonly kind: 'query-failed'; readonly code: string; readonly message: string }
  /** The hub's timer: stop waiting for the whole-answer verdict after an `answered` completion. */
  | { readonly kind: 'completion-grace-expired' };

/** The end of a query as the JSON and OpenAI endpoints report it. */
export interface QueryResult {
  readonly queryId: string;
  readonly outcome: QueryOutcome;
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly ticketId?: string;
  /** Why a `failed` query failed (`QueryFailed.reason`). */
  readonly failure?: { readonly code: string; readonly message: string };
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number };
}
