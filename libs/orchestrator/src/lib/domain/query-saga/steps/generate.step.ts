import { invokeModelV1, type InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import type { ModelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { unwind } from '../compensations';
import type { QuerySagaConfig, QuerySagaContext } from '../query-saga.config';
import { required } from '../query-saga.errors';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { answerLanguage, queryRef } from '../query-ref';
import { evaluateEscalation } from './escalation.step';
import { invocationInFlight } from './in-flight';
import { retraction } from './retraction';

/** The router's pick first, then the tenant's fallbacks (or the configured ones), each model once. */
export function modelChain(s: StartedQuerySagaState, config: QuerySagaConfig): string[] {
  return [...new Set([...(s.routedModel === undefined ? [] : [s.routedModel]), ...(s.routedFallbacks ?? config.models)])];
}

/** Calls the first model of the chain not tried yet; with none left, generation has failed. */
export function invokeNextModel(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  const model = modelChain(s, ctx.config).find((m) => !s.triedModels.includes(m));
  return model === undefined ? generationExhausted(s, ctx) : [sagaMessage(invokeModelV1, invocation(s, model, ctx))];
}

/**
 * Same model again while it has attempts left and the error may pass; else the next model.
 * When part of the answer was already streamed, no other attempt may stream over it: the
 * shown part is withdrawn and generation ends as failed (compensated, then escalated).
 */
export function onModelFailed(
  s: StartedQuerySagaState,
  failure: Pick<ModelInvocationFailedV1, 'retriable' | 'attempt' | 'chunksPublished'>,
  ctx: QuerySagaContext,
): QuerySagaMessage[] {
  if ((failure.chunksPublished ?? 0) > 0) return generationExhausted(s, ctx);
  const current = invocationInFlight(s);
  if (failure.retriable && failure.attempt < ctx.config.maxAttemptsPerModel) {
    return [sagaMessage(invokeModelV1, { ...current, attempt: current.attempt + 1 })];
  }
  return invokeNextModel(s, ctx);
}

function invocation(s: StartedQuerySagaState, model: string, ctx: QuerySagaContext): InvokeModelV1 {
  return {
    ...queryRef(s),
    model,
    question: required(s.question, 'redacted question'),
    language: answerLanguage(s, ctx.config.defaultLanguage),
    // Empty when retrieval failed and the policy lets the model answer without knowledge.
    passages: s.knowledge?.passages ?? [],
    ...(s.knowledge && s.knowledge.citations.length > 0 ? { sources: s.knowledge.citations.map((c) => ({ ...c })) } : {}),
    ...(ctx.history && ctx.history.length > 0 ? { history: ctx.history.map((turn) => ({ ...turn })) } : {}),
    ...(s.knowledge ? { knowledgeBaseVersion: s.knowledge.knowledgeBaseVersion } : {}),
    // Tools act for this customer only (an order lookup never shows another's order).
    ...(s.query.userId ? { customerId: s.query.userId } : {}),
    maxOutputTokens: ctx.config.maxOutputTokens,
    stream: true,
    attempt: 1,
  };
}

/**
 * Every model failed. The hold goes back (failures used no tokens), and because every call
 * streams, a started one may have shown chunks: the client is told to withdraw them.
 */
function generationExhausted(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  const retract = s.triedModels.length > 0 ? [retraction(s, 'generation_failed', ctx)] : [];
  return [...unwind(s, 'generation_failed'), ...retract, evaluateEscalation(s, 'generation_failed')];
}
