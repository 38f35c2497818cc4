import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { given, msg, NOW } from './testing/given-when-then';
import {
  ANSWER,
  ANSWERED_UNTIL_DECISION,
  budgetReserved,
  CITATION,
  escalationDecided,
  inputScreened,
  modelInvoked,
  outputScreened,
  PASSAGE,
  RAW_TEXT,
  REDACTED_TEXT,
  REF,
  passagesScreened,
  retrieved,
  routed,
  submitted,
  ticketCreated,
} from './testing/query-saga.fixtures';

describe('query saga: a question answered on the first try', () => {
  it('holds the budget before anything else, with a deadline for the reply', () => {
    given([])
      .when(submitted())
      .then([msg(reserveTokenBudgetV1, { ...REF, userId: 'user-9', estimatedTokens: 2000 })])
      .thenDeadline('reserve_budget', 1);
    expect(given([]).when(submitted()).reaction.deadline?.dueAt).toBe(new Date(NOW.getTime() + 10_000).toISOString());
  });

  it('screens the raw question once the budget is held', () => {
    given([submitted()]).when(budgetReserved()).then([msg(screenInputV1, { ...REF, text: RAW_TEXT, language: 'en' })]).thenDeadline('screen_input', 1);
  });

  it('routes the redacted question, never the raw one', () => {
    given([submitted(), budgetReserved()])
      .when(inputScreened())
      .then([msg(routeQueryV1, { ...REF, text: REDACTED_TEXT, language: 'en', turn: 2 })])
      .thenState((s) => {
        expect(s.rawText).toBeUndefined();
        expect(JSON.stringify(s)).not.toContain('ana@example.com');
      });
  });

  it('retrieves with the configured topK and ACL tags in the routed language', () => {
    given([submitted(), budgetReserved(), inputScreened()], { config: { topK: 8, aclTags: ['public'] } })
      .when(routed({ language: 'es' }))
      .then([msg(retrieveDocumentsV1, { ...REF, text: REDACTED_TEXT, language: 'es', topK: 8, aclTags: ['public'] })]);
  });

  it('asks the first model of the chain for a streamed answer from the passages', () => {
    given([submitted(), budgetReserved(), inputScreened(), routed(), retrieved()])
      .when(passagesScreened())
      .then([
        msg(invokeModelV1, { ...REF, model: 'local-extractive', question: REDACTED_TEXT, language: 'en', passages: [PASSAGE], maxOutputTokens: 1024, stream: true, attempt: 1 }),
      ])
      .thenDeadline('generate', 1);
  });

  it('screens the whole answer against the passages it used', () => {
    given([submitted(), budgetReserved(), inputScreened(), routed(), retrieved(), passagesScreened()])
      .when(modelInvoked())
      .then([msg(screenOutputV1, { ...REF, text: ANSWER, passages: [PASSAGE], language: 'en' })])
      .thenState((s) => expect(s.usage).toEqual({ inputTokens: 310, outputTokens: 42, costUsd: 0.0021, modelInvocations: 1 }));
  });

  it('asks for an escalation decision with every signal gathered', () => {
    given(ANSWERED_UNTIL_DECISION.slice(0, -1))
      .when(outputScreened())
      .then([
        msg(evaluateEscalationV1, {
          ...REF,
          userId: 'user-9',
          turn: 2,
          question: REDACTED_TEXT,
          answerText: ANSWER,
          confidence: 0.86,
          groundingScore: 0.91,
          inputVerdict: 'redact',
          outputVerdict: 'pass',
          routedComplexity: 'simple',
        }),
      ]);
  });

  it('commits the tokens used and completes as answered, with totals', () => {
    given(ANSWERED_UNTIL_DECISION)
      .when(escalationDecided())
      .then([
        msg(commitTokenUsageV1, { ...REF, reservationId: 'res-1', usage: { inputTokens: 310, outputTokens: 42 }, costUsd: 0.0021 }),
        msg(queryCompletedV1, { ...REF, outcome: 'answered', totals: { inputTokens: 310, outputTokens: 42, costUsd: 0.0021, latencyMs: 1500, modelInvocations: 1 } }),
      ])
      .thenTerminal()
      .thenState((s) => expect(s.status).toBe('completed'));
  });
});

describe('query saga: a question a human takes over', () => {
  const decided = escalationDecided({ escalate: true, reason: 'low_confidence', priority: 'high', rationale: 'confidence below 0.9' });

  it('opens a ticket in the configured system with the handoff package', () => {
    given(ANSWERED_UNTIL_DECISION, { config: { ticketSystem: 'zendesk' } })
      .when(decided)
      .then([
        msg(createTicketV1, {
          ...REF,
          userId: 'user-9',
          system: 'zendesk',
          reason: 'low_confidence',
          priority: 'high',
          handoff: {
            summary: `Escalated: low confidence (confidence below 0.9). Customer asked: "${REDACTED_TEXT}"`,
            question: REDACTED_TEXT,
            draftAnswer: ANSWER,
            citations: [CITATION],
            language: 'en',
          },
          attempt: 1,
        }),
      ])
      .thenDeadline('escalate', 1);
  });

  it('commits the tokens the answer used and completes as escalated with the ticket', () => {
    given([...ANSWERED_UNTIL_DECISION, decided])
      .when(ticketCreated())
      .then([
        msg(commitTokenUsageV1, { reservationId: 'res-1', usage: { inputTokens: 310, outputTokens: 42 } }),
        msg(queryCompletedV1, { outcome: 'escalated', ticketId: 'tkt-77', totals: { modelInvocations: 1, latencyMs: 1500 } }),
      ])
      .thenTerminal();
  });
});
