import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1, type InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { awaits, type ReplyInput } from './awaits';
import { pushCompensation } from './compensations';
import { required } from './query-saga.errors';
import { DEADLINE_EXPIRED, type QuerySagaInput, type SagaEventInput } from './query-saga.inputs';
import { ZERO_USAGE, type QuerySagaState, type StartedQuerySagaState, type UsageTotals } from './query-saga.state';

/**
 * The state with the facts of `input` folded in, or undefined when the saga ignores the input
 * (not started yet, already ended, duplicate, stale). `decide` and `evolve` both start here, so
 * they can never disagree on what was accepted.
 */
export function admit(state: QuerySagaState, input: QuerySagaInput): StartedQuerySagaState | undefined {
  if (input.type === userQuerySubmittedV1.type) return state.status === 'new' ? started(input) : undefined;
  if (state.status !== 'running' || !awaits(state, input)) return undefined;
  return applyReply(state, input);
}

/** A question left empty by redaction cannot be answered: it is treated as blocked. */
export function inputBlocked(screened: Pick<InputScreenedV1, 'verdict' | 'redactedText'>): boolean {
  return screened.verdict === 'block' || screened.redactedText.trim() === '';
}

function started(input: SagaEventInput<typeof userQuerySubmittedV1>): StartedQuerySagaState {
  const { queryId, conversationId, userId, channel, turn, submittedAt, customerTier, text, language } = input.data;
  return {
    status: 'running',
    query: { tenantId: input.tenantId, queryId, conversationId, userId, channel, turn, submittedAt, ...(customerTier ? { customerTier } : {}) },
    rawText: text,
    language,
    triedModels: [],
    usage: ZERO_USAGE,
    compensations: [],
  };
}

function applyReply(s: StartedQuerySagaState, input: ReplyInput): StartedQuerySagaState {
  switch (input.type) {
    case tokenBudgetReservedV1.type:
      return pushCompensation(s, { kind: 'release_budget', reservationId: input.data.reservationId });
    case inputScreenedV1.type: {
      // Privacy: from here on only the redacted question exists, even in a blocked saga.
      const { rawText: _raw, ...rest } = s;
      const { redactedText, detectedLanguage } = input.data;
      return { ...rest, question: redactedText, language: detectedLanguage ?? s.language, inputVerdict: inputBlocked(input.data) ? 'block' : input.data.verdict };
    }
    case queryRoutedV1.type: {
      const { complexity, model, fallbackModels, language } = input.data;
      return { ...s, routedComplexity: complexity, routedModel: model, ...(fallbackModels ? { routedFallbacks: fallbackModels } : {}), language };
    }
    case documentsRetrievedV1.type: {
      const { passages, citations, knowledgeBaseVersion } = input.data;
      return { ...s, knowledge: { passages, citations, knowledgeBaseVersion } };
    }
    case passagesScreenedV1.type:
      return { ...s, knowledge: screenedKnowledge(required(s.knowledge, 'retrieved knowledge'), input.data.passages) };
    case modelInvokedV1.type: {
      const { answerText, citations, confidence, orders } = input.data;
      return { ...s, usage: addUsage(s.usage, input.data), answer: { text: answerText, citations, confidence }, ...(orders && orders.length > 0 ? { orders } : {}) };
    }
    case outputScreenedV1.type: {
      // Only screened text may reach anyone; a blocked answer is dropped, not kept as a draft.
      const { verdict, groundingScore, screenedText } = input.data;
      const answer = verdict === 'block' || s.answer === undefined ? undefined : { ...s.answer, text: screenedText === '' ? s.answer.text : screenedText };
      return { ...s, outputVerdict: verdict, groundingScore, answer };
    }
    case escalationDecidedV1.type: {
      const { escalate, reason, priority, rationale } = input.data;
      return { ...s, decision: { escalate, reason, priority, rationale } };
    }
    case ticketCreatedV1.type:
      return { ...s, ticketId: input.data.ticketId };
    case tokenBudgetRejectedV1.type:
    case documentRetrievalFailedV1.type:
    case modelInvocationFailedV1.type:
    case ticketCreationFailedV1.type:
    case DEADLINE_EXPIRED:
      // Failures and timers change nothing by themselves; what the saga does next does.
      return s;
  }
}

function addUsage(total: UsageTotals, call: ModelInvokedV1): UsageTotals {
  const cacheReadTokens = sumIfReported(total.cacheReadTokens, call.cacheReadTokens);
  const cacheWriteTokens = sumIfReported(total.cacheWriteTokens, call.cacheWriteTokens);
  return {
    inputTokens: total.inputTokens + call.inputTokens,
    outputTokens: total.outputTokens + call.outputTokens,
    ...(cacheReadTokens === undefined ? {} : { cacheReadTokens }),
    ...(cacheWriteTokens === undefined ? {} : { cacheWriteTokens }),
    costUsd: total.costUsd + call.costUsd,
    modelInvocations: total.modelInvocations + 1,
  };
}

function sumIfReported(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

/**
 * The knowledge after passage screening: only the passages the guardrails let through, and
 * only the sources those passages come from (a withdrawn document is never cited).
 */
function screenedKnowledge(knowledge: NonNullable<StartedQuerySagaState['knowledge']>, passages: StartedQuerySagaState['knowledge'] extends infer K ? K extends { passages: infer P } ? P : never : never): NonNullable<StartedQuerySagaState['knowledge']> {
  const kept = new Set(passages.map((p) => `${p.documentId}@${p.documentVersion}`));
  return { ...knowledge, passages, citations: knowledge.citations.filter((c) => kept.has(`${c.documentId}@${c.documentVersion}`)) };
}
