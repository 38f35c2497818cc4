import { answerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { cannedReply } from './canned-replies';
import { given, msg } from './testing/given-when-then';
import {
  budgetReserved,
  escalationDecided,
  inputScreened,
  modelFailed,
  modelInvoked,
  outputScreened,
  REF,
  passagesScreened,
  retrieved,
  routed,
  submitted,
  ticketCreated,
} from './testing/query-saga.fixtures';

const CHAIN = { models: ['claude-haiku', 'local-extractive'] };
const UNTIL_GENERATION = [submitted(), budgetReserved(), inputScreened(), routed({ language: 'es', model: 'claude-sonnet' }), retrieved(), passagesScreened()];
const sonnetFailed = (attempt: number, retriable = true) => modelFailed({ model: 'claude-sonnet', attempt, retriable });

describe('query saga: generation', () => {
  it('passes the earlier turns the wiring read to the model, and none when there are none', () => {
    const history = [{ role: 'customer' as const, text: 'Where is order 1042?' }, { role: 'assistant' as const, text: 'It shipped on Monday.' }];
    given(UNTIL_GENERATION.slice(0, -1), { config: { models: ['local-extractive'] }, history })
      .when(passagesScreened())
      .then([msg(invokeModelV1, { model: 'claude-sonnet', history })]);
    given(UNTIL_GENERATION.slice(0, -1), { config: { models: ['local-extractive'] } })
      .when(passagesScreened())
      .thenState((state) => expect(state.command?.type === invokeModelV1.type && 'history' in state.command.data).toBe(false));
  });

  it("calls the router's model first, then the configured chain, each model once", () => {
    given(UNTIL_GENERATION.slice(0, -1), { config: { models: ['claude-sonnet', 'local-extractive'] } })
      .when(passagesScreened())
      .then([msg(invokeModelV1, { model: 'claude-sonnet', attempt: 1 })]);
  });

  it("follows the tenant's fallback chain the router named instead of the configured one", () => {
    const routedWithChain = routed({ language: 'es', model: 'claude-sonnet', fallbackModels: ['titan-premier'] });
    const history = [submitted(), budgetReserved(), inputScreened(), routedWithChain, retrieved(), passagesScreened()];
    given(history, { config: CHAIN }).when(sonnetFailed(1, false)).then([msg(invokeModelV1, { model: 'titan-premier', attempt: 1 })]);
  });

  it('tells the model the knowledge-base version (for its response cache) and who the customer is (for its tools)', () => {
    given(UNTIL_GENERATION.slice(0, -1), { config: CHAIN })
      .when(passagesScreened())
      .then([msg(invokeModelV1, { knowledgeBaseVersion: 'kb-42', customerId: submitted().data.userId })]);
  });

  it('never streams a second model over a half-shown answer: withdraws it and escalates', () => {
    given(UNTIL_GENERATION, { config: CHAIN })
      .when(modelFailed({ model: 'claude-sonnet', attempt: 1, retriable: true, chunksPublished: 4 }))
      .then([
        msg(releaseTokenBudgetV1, { ...REF, reservationId: 'res-1', reason: 'generation_failed' }),
        msg(answerRetractedV1, { ...REF, reason: 'generation_failed' }),
        msg(evaluateEscalationV1, { failure: 'generation_failed' }),
      ]);
  });

  it('retries the same model on a retriable failure', () => {
    given(UNTIL_GENERATION, { config: CHAIN })
      .when(sonnetFailed(1))
      .then([msg(invokeModelV1, { model: 'claude-sonnet', attempt: 2, stream: true })])
      .thenDeadline('generate', 2);
  });

  it('moves to the next model when one has no attempts left or the error will not pass', () => {
    given([...UNTIL_GENERATION, sonnetFailed(1)], { config: CHAIN }).when(sonnetFailed(2)).then([msg(invokeModelV1, { model: 'claude-haiku', attempt: 1 })]);
    given(UNTIL_GENERATION, { config: CHAIN }).when(sonnetFailed(1, false)).then([msg(invokeModelV1, { model: 'claude-haiku', attempt: 1 })]).thenDeadline('generate', 2);
  });

  it('when the chain is exhausted: releases the hold, retracts streamed text, escalates', () => {
    const history = [...UNTIL_GENERATION, sonnetFailed(1, false), modelFailed({ model: 'claude-haiku', retriable: false })];
    given(history, { config: CHAIN })
      .when(modelFailed({ model: 'local-extractive', retriable: false }))
      .then([
        msg(releaseTokenBudgetV1, { ...REF, reservationId: 'res-1', reason: 'generation_failed' }),
        msg(answerRetractedV1, { ...REF, reason: 'generation_failed', retractedChunkSequences: [], replacementText: cannedReply('es') }),
        msg(evaluateEscalationV1, { failure: 'generation_failed', routedComplexity: 'simple' }),
      ])
      .thenState((s) => {
        expect(s.compensations).toEqual([]);
        expect(s.triedModels).toEqual(['claude-sonnet', 'claude-haiku', 'local-extractive']);
      });
  });

  it('ignores a late answer from a model or attempt the saga has moved past', () => {
    const waitingOnRetry = given([...UNTIL_GENERATION, sonnetFailed(1)], { config: CHAIN });
    waitingOnRetry.when(modelInvoked({ model: 'claude-sonnet', attempt: 1 })).thenNothing();
    waitingOnRetry.when(modelInvoked({ model: 'local-extractive', attempt: 2 })).thenNothing();
    waitingOnRetry.when(sonnetFailed(1)).thenNothing();
    waitingOnRetry.when(modelInvoked({ model: 'claude-sonnet', attempt: 2 })).then([msg(screenOutputV1)]);
  });

  it('adds up the usage of the answer, cache tokens included once reported', () => {
    given(UNTIL_GENERATION)
      .when(modelInvoked({ model: 'claude-sonnet', cacheReadTokens: 120, costUsd: 0.01 }))
      .thenState((s) => expect(s.usage).toEqual({ inputTokens: 310, outputTokens: 42, cacheReadTokens: 120, costUsd: 0.01, modelInvocations: 1 }));
  });
});

describe('query saga: generation failed, then a human', () => {
  it('ends escalated without committing: the hold was already released', () => {
    const history = [
      ...UNTIL_GENERATION,
      modelFailed({ model: 'claude-sonnet', retriable: false }),
      modelFailed({ model: 'local-extractive', retriable: false }),
      escalationDecided({ escalate: true, reason: 'generation_failed', priority: 'high' }),
    ];
    given(history)
      .when(ticketCreated())
      .then([msg(queryCompletedV1, { outcome: 'escalated', totals: { modelInvocations: 0 } })]);
  });

  it('answers with the retried model and screens that answer', () => {
    given([...UNTIL_GENERATION, sonnetFailed(1)], { config: CHAIN })
      .when(modelInvoked({ model: 'claude-sonnet', attempt: 2 }))
      .then([msg(screenOutputV1, { language: 'es' })]);
    given([...UNTIL_GENERATION, modelInvoked({ model: 'claude-sonnet' })]).when(outputScreened()).then([msg(evaluateEscalationV1, { outputVerdict: 'pass' })]);
  });
});
