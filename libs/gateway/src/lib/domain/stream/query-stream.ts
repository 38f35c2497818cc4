import type { Citation } from '../conversation/assistant-message';
import { cannedReply, replyLanguage } from '../conversation/canned-replies';
import { joinSentences } from './join-sentences';
import type { QueryResult, SagaInput, StreamEvent } from './stream-event';

/** One client's view of a query, folded from the saga's events (pure: no timers, no I/O). */
export interface QueryStreamState {
  readonly queryId: string;
  /** What the client declared; detection overrides it. */
  readonly declaredLanguage?: string;
  readonly detectedLanguage?: string;
  /** Sentences already sent, by index: redelivered sentences are sent once. */
  readonly sentIndexes: readonly number[];
  readonly shown: readonly { readonly index: number; readonly text: string }[];
  readonly screenedAnswer?: string;
  readonly citations: readonly Citation[];
  readonly escalationReason?: string;
  readonly ticketId?: string;
  readonly retracted: boolean;
  readonly replacementText?: string;
  /**
   * An `answered` completion that arrived before the whole-answer verdict. Topics are not
   * ordered among themselves, but the verdict follows every sentence on its partition, so
   * waiting for it means no sentence is cut off (the hub's grace timer bounds the wait).
   */
  readonly pendingCompletion?: Completion;
  readonly result?: QueryResult;
}

type Completion = Extract<SagaInput, { kind: 'query-completed' }>;

export function initialQueryStream(queryId: string, declaredLanguage?: string): QueryStreamState {
  return { queryId, ...(declaredLanguage ? { declaredLanguage } : {}), sentIndexes: [], shown: [], citations: [], retracted: false };
}

export interface Step {
  readonly state: QueryStreamState;
  readonly events: readonly StreamEvent[];
}

/** Folds one saga event into the state and says what to send; nothing is sent after `done`. */
export function advanceQueryStream(state: QueryStreamState, input: SagaInput): Step {
  if (state.result) return { state, events: [] };
  switch (input.kind) {
    case 'input-screened':
      return { state: input.detectedLanguage ? { ...state, detectedLanguage: input.detectedLanguage } : state, events: [] };
    case 'sentence-screened': {
      if (state.sentIndexes.includes(input.sentenceIndex)) return { state, events: [] };
      const sentIndexes = [...state.sentIndexes, input.sentenceIndex];
      // A blocked sentence is never shown; the whole-answer verdict decides what happens next.
      // Nor is one arriving after a retraction: verdicts and retractions travel on different
      // topics, so a late sentence of a withdrawn answer must not reappear.
      if (input.verdict === 'block' || input.screenedText.length === 0 || state.retracted) return { state: { ...state, sentIndexes }, events: [] };
      const shown = [...state.shown, { index: input.sentenceIndex, text: input.screenedText }];
      return { state: { ...state, sentIndexes, shown }, events: [{ event: 'chunk', data: { sequence: input.sentenceIndex, text: input.screenedText } }] };
    }
    case 'answer-screened': {
      const next = input.verdict === 'block' ? state : { ...state, screenedAnswer: input.screenedText };
      return next.pendingCompletion ? complete(next, next.pendingCompletion) : { state: next, events: [] };
    }
    case 'model-invoked':
      return { state: { ...state, citations: input.citations }, events: [] };
    case 'escalation-decided':
      return { state: input.escalate ? { ...state, escalationReason: input.reason } : state, events: [] };
    case 'answer-retracted': {
      const next = { ...state, retracted: true, citations: [], ...(input.replacementText ? { replacementText: input.replacementText } : {}) };
      const data = input.replacementText ? { reason: input.reason, replacementText: input.replacementText } : { reason: input.reason };
      const retracted: StreamEvent = { event: 'retracted', data };
      if (!next.pendingCompletion) return { state: next, events: [retracted] };
      const step = complete(next, next.pendingCompletion);
      return { state: step.state, events: [retracted, ...step.events] };
    }
    case 'ticket-created': {
      if (state.ticketId) return { state, events: [] };
      const data = state.escalationReason ? { ticketId: input.ticketId, reason: state.escalationReason } : { ticketId: input.ticketId };
      return { state: { ...state, ticketId: input.ticketId }, events: [{ event: 'escalated', data }] };
    }
    case 'query-completed':
      if (input.outcome === 'answered' && state.screenedAnswer === undefined && !state.retracted) return { state: { ...state, pendingCompletion: input }, events: [] };
      return complete(state, input);
    case 'completion-grace-expired':
      return state.pendingCompletion ? complete(state, state.pendingCompletion) : { state, events: [] };
    case 'query-failed':
      return finish(state, { outcome: 'failed', ticketId: undefined, failure: { code: input.code, message: input.message }, usage: { inputTokens: 0, outputTokens: 0 } }, [
        { event: 'error', data: { code: input.code, message: input.message } },
      ]);
  }
}

function complete(state: QueryStreamState, input: Completion): Step {
  const ticketId = input.ticketId ?? state.ticketId;
  const before: StreamEvent[] = [];
  if (ticketId && !state.ticketId) before.push({ event: 'escalated', data: state.escalationReason ? { ticketId, reason: state.escalationReason } : { ticketId } });
  if (input.outcome === 'answered' && !state.retracted) before.push({ event: 'citations', data: { citations: state.citations } });
  return finish(state, { outcome: input.outcome, ticketId, usage: { inputTokens: input.inputTokens, outputTokens: input.outputTokens } }, before);
}

type End = Pick<QueryResult, 'outcome' | 'usage' | 'failure'> & { ticketId: string | undefined };

function finish(state: QueryStreamState, end: End, before: StreamEvent[]): Step {
  const text = finalText(state, end.outcome);
  const citations = end.outcome === 'answered' && !state.retracted ? state.citations : [];
  const result: QueryResult = {
    queryId: state.queryId, outcome: end.outcome, text, citations, usage: end.usage,
    ...(end.ticketId ? { ticketId: end.ticketId } : {}),
    ...(end.failure ? { failure: end.failure } : {}),
  };
  return { state: { ...state, result }, events: [...before, { event: 'done', data: { queryId: state.queryId, outcome: end.outcome, text } }] };
}

/** The answer after screening, a retraction's replacement, or the canned reply for the outcome. */
function finalText(state: QueryStreamState, outcome: QueryResult['outcome']): string {
  if (state.retracted && state.replacementText) return state.replacementText;
  if (!state.retracted) {
    if (state.screenedAnswer) return state.screenedAnswer;
    // The whole-answer verdict comes from another topic and may not be here yet: the sentences are.
    const sentences = [...state.shown].sort((a, b) => a.index - b.index).map((s) => s.text);
    if (outcome === 'answered' && sentences.length > 0) return joinSentences(sentences);
  }
  return cannedReply(outcome, replyLanguage(state.detectedLanguage, state.declaredLanguage)) ?? '';
}
