import type { DocumentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import type { EscalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import type { EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import type { UserQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import type { AwaitedCommand } from './awaited-command';
import type { Compensation } from './compensations';
import type { WaitStep } from './query-steps';

/** The timer the saga wants armed: the wait it belongs to and when it fires (ISO 8601). */
export interface QuerySagaDeadline {
  readonly step: WaitStep;
  /** Sends of this step's command so far: 1 for the first, +1 per resend, retry or fallback. */
  readonly attempt: number;
  readonly dueAt: string;
}

/**
 * What the saga keeps of `UserQuerySubmitted` for its whole life (no customer text).
 * `customerTier` is absent when the gateway stated none, and in sagas persisted before it existed.
 */
export interface QueryFacts extends Pick<UserQuerySubmittedV1, 'queryId' | 'conversationId' | 'userId' | 'channel' | 'turn' | 'submittedAt' | 'customerTier'> {
  readonly tenantId: string;
}

/** Tokens and money spent by every model call of the query so far. */
export interface UsageTotals {
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Present only once a provider reported it, so totals never claim a zero nobody measured. */
  readonly cacheReadTokens?: number;
  readonly cacheWriteTokens?: number;
  readonly costUsd: number;
  readonly modelInvocations: number;
}

/** The generated answer; replaced by the screened text, dropped when screening blocks it. */
export interface Answer {
  readonly text: string;
  readonly citations: ModelInvokedV1['citations'];
  readonly confidence?: number;
}

/** Before `UserQuerySubmitted`: nothing is known, everything but that event is ignored. */
export interface NewQuerySagaState {
  readonly status: 'new';
}

/**
 * A saga that has started. Plain JSON (persisted as jsonb): no Date, Map or class instances.
 * Only the redacted question is kept once the input is screened; the raw text lives in
 * `rawText` until then and nowhere else.
 */
export interface StartedQuerySagaState {
  readonly status: 'running' | 'completed' | 'failed';
  readonly query: QueryFacts;
  readonly rawText?: string;
  /** The redacted question, the only form of it later steps see. */
  readonly question?: string;
  /** Declared, then detected, then routed: the latest word wins. */
  readonly language?: string;
  readonly inputVerdict?: EvaluateEscalationV1['inputVerdict'];
  readonly routedComplexity?: EvaluateEscalationV1['routedComplexity'];
  readonly routedModel?: string;
  /** The tenant's fallback chain after `routedModel`, when the router named one. */
  readonly routedFallbacks?: readonly string[];
  readonly knowledge?: Pick<DocumentsRetrievedV1, 'passages' | 'citations' | 'knowledgeBaseVersion'>;
  /** Models already called, so the fallback chain never calls one twice. */
  readonly triedModels: readonly string[];
  readonly answer?: Answer;
  /**
   * The customer's orders the model looked up, kept apart from the answer: a retracted answer
   * is forgotten, but what was found about the customer's orders still helps the agent.
   */
  readonly orders?: NonNullable<ModelInvokedV1['orders']>;
  readonly outputVerdict?: EvaluateEscalationV1['outputVerdict'];
  readonly groundingScore?: number;
  /** Why the saga asked for an escalation decision, when a step failed or blocked. */
  readonly failure?: EvaluateEscalationV1['failure'];
  readonly decision?: Pick<EscalationDecidedV1, 'escalate' | 'reason' | 'priority' | 'rationale'>;
  readonly ticketId?: string;
  readonly usage: UsageTotals;
  /** Undone newest first when the saga fails; see compensations.ts. */
  readonly compensations: readonly Compensation[];
  readonly wait?: QuerySagaDeadline;
  readonly command?: AwaitedCommand;
}

/** State of one query saga (one per query id). */
export type QuerySagaState = NewQuerySagaState | StartedQuerySagaState;

/** The state before the first event. */
export function initialState(): QuerySagaState {
  return { status: 'new' };
}

/** True once `QueryCompleted` or `QueryFailed` was emitted: every later input is absorbed. */
export function isTerminal(state: QuerySagaState): boolean {
  return state.status === 'completed' || state.status === 'failed';
}

/** Usage of a saga no model has run for yet. */
export const ZERO_USAGE: UsageTotals = { inputTokens: 0, outputTokens: 0, costUsd: 0, modelInvocations: 0 };
