import type { DocumentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import type { QuerySagaContext } from '../query-saga.config';
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import { answerLanguage, queryRef } from '../query-ref';
import type { StartedQuerySagaState } from '../query-saga.state';
import { evaluateEscalation } from './escalation.step';
import { invokeNextModel } from './generate.step';
import { resendAwaited, sendsSoFar } from './in-flight';

/**
 * A retriable failure resends `RetrieveDocuments` while the step has sends left. The command has
 * no attempt field, so sends are counted by the saga (timeouts included), not read from the reply.
 */
export function onRetrievalFailed(
  s: StartedQuerySagaState,
  failure: Pick<DocumentRetrievalFailedV1, 'retriable'>,
  ctx: QuerySagaContext,
): QuerySagaMessage[] {
  if (failure.retriable && sendsSoFar(s) < ctx.config.maxStepAttempts) return [resendAwaited(s)];
  return retrievalExhausted(s, ctx);
}

/**
 * Passages found: the guardrails screen them for instructions aimed at the model before any
 * model reads them (indirect prompt injection); with none, the model is asked at once.
 */
export function onDocumentsRetrieved(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  const passages = s.knowledge?.passages ?? [];
  if (passages.length === 0) return invokeNextModel(s, ctx);
  return [sagaMessage(screenPassagesV1, { ...queryRef(s), passages: passages.map((p) => ({ ...p })), language: answerLanguage(s, ctx.config.defaultLanguage) })];
}

/** Retrieval gave up: answer from the model alone only where the tenant's policy allows it. */
export function retrievalExhausted(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  return ctx.config.answerWithoutKnowledge ? invokeNextModel(s, ctx) : [evaluateEscalation(s, 'retrieval_failed')];
}
