import { answerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { withoutCompensation } from './compensations';
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import type { QuerySagaMessage } from './query-saga.messages';
import type { StartedQuerySagaState } from './query-saga.state';

/**
 * Folds one message the saga emitted into its state. The saga remembers what it asked for
 * (the command in flight, the models tried, the holds closed) from its own output, so the
 * state is always what the outbox says happened.
 */
export function applyMessage(s: StartedQuerySagaState, m: QuerySagaMessage): StartedQuerySagaState {
  switch (m.type) {
    case reserveTokenBudgetV1.type:
    case screenInputV1.type:
    case routeQueryV1.type:
    case screenOutputV1.type:
    case screenPassagesV1.type:
    case createTicketV1.type: {
      const { contract: _contract, ...command } = m;
      return { ...s, command };
    }
    case retrieveDocumentsV1.type:
      // Retrieval without a routing result is the route step's fallback: "default to complex".
      return { ...s, command: { type: m.type, data: m.data }, routedComplexity: s.routedComplexity ?? 'complex' };
    case invokeModelV1.type: {
      const tried = s.triedModels.includes(m.data.model) ? s.triedModels : [...s.triedModels, m.data.model];
      return { ...s, command: { type: m.type, data: m.data }, triedModels: tried };
    }
    case evaluateEscalationV1.type:
      return { ...s, command: { type: m.type, data: m.data }, failure: m.data.failure };
    case releaseTokenBudgetV1.type:
    case commitTokenUsageV1.type:
      return withoutCompensation(s, m.data.reservationId);
    case answerRetractedV1.type: {
      // A withdrawn answer is forgotten, so it cannot reach a ticket as the agent's draft.
      const { answer: _retracted, ...rest } = s;
      return rest;
    }
    case queryCompletedV1.type:
      return ended(s, 'completed');
    case queryFailedV1.type:
      return ended(s, 'failed');
  }
}

function ended(s: StartedQuerySagaState, status: 'completed' | 'failed'): StartedQuerySagaState {
  // Nothing is awaited any more, and no raw text survives the saga whichever way it ended.
  const { rawText: _raw, command: _command, wait: _wait, ...rest } = s;
  return { ...rest, status };
}
