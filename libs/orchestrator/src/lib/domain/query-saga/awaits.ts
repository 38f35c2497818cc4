import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import type { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { DEADLINE_EXPIRED, type QuerySagaInput } from './query-saga.inputs';
import type { StartedQuerySagaState } from './query-saga.state';

/** Every input but the one that starts the saga. */
export type ReplyInput = Exclude<QuerySagaInput, { type: typeof userQuerySubmittedV1.type }>;

/**
 * Whether a running saga is waiting for this input. This is what makes the decider idempotent:
 * a reply counts only while the command it answers is the one in flight (same model and attempt,
 * same ticket system and attempt), and a timer only while its wait is current. Redeliveries,
 * replies to passed steps and stale timers all fall through to "ignore".
 */
export function awaits(s: StartedQuerySagaState, input: ReplyInput): boolean {
  if (input.type === DEADLINE_EXPIRED) return s.wait?.step === input.data.step && s.wait.attempt === input.data.attempt;
  // Tenants are isolated everywhere: a reply naming this query from another tenant is not ours.
  if (input.tenantId !== s.query.tenantId || input.data.queryId !== s.query.queryId) return false;
  const command = s.command;
  switch (input.type) {
    case tokenBudgetReservedV1.type:
    case tokenBudgetRejectedV1.type:
      return command?.type === reserveTokenBudgetV1.type;
    case inputScreenedV1.type:
      return command?.type === screenInputV1.type;
    case queryRoutedV1.type:
      return command?.type === routeQueryV1.type;
    case documentsRetrievedV1.type:
    case documentRetrievalFailedV1.type:
      return command?.type === retrieveDocumentsV1.type;
    case passagesScreenedV1.type:
      return command?.type === screenPassagesV1.type;
    case modelInvokedV1.type:
    case modelInvocationFailedV1.type:
      return command?.type === invokeModelV1.type && command.data.model === input.data.model && command.data.attempt === input.data.attempt;
    case outputScreenedV1.type:
      // Per-sentence results (sentenceIndex set) are for the streaming client, not the saga.
      return command?.type === screenOutputV1.type && input.data.sentenceIndex === undefined;
    case escalationDecidedV1.type:
      return command?.type === evaluateEscalationV1.type;
    case ticketCreatedV1.type:
      // Any system will do: a ticket exists, which is all the saga needs.
      return command?.type === createTicketV1.type;
    case ticketCreationFailedV1.type:
      return command?.type === createTicketV1.type && command.data.system === input.data.system && command.data.attempt === input.data.attempt;
  }
}
