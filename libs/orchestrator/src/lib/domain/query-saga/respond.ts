import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import type { QuerySagaContext } from './query-saga.config';
import { DEADLINE_EXPIRED, type QuerySagaInput } from './query-saga.inputs';
import type { QuerySagaMessage } from './query-saga.messages';
import type { StartedQuerySagaState } from './query-saga.state';
import { onBudgetRejected, onBudgetReserved, onQuerySubmitted } from './steps/budget.step';
import { onEscalationDecided } from './steps/escalation.step';
import { invokeNextModel, onModelFailed } from './steps/generate.step';
import { onDocumentsRetrieved, onRetrievalFailed } from './steps/retrieve.step';
import { onQueryRouted } from './steps/route.step';
import { onInputScreened } from './steps/screen-input.step';
import { onModelInvoked, onOutputScreened } from './steps/screen-output.step';
import { onTicketCreated, onTicketFailed } from './steps/ticket.step';
import { onDeadlineExpired } from './steps/timeouts';

/**
 * What the saga sends in answer to an accepted input. `s` already holds the input's facts
 * (see `admit`), so each step reads one state instead of state plus event.
 */
export function respond(s: StartedQuerySagaState, input: QuerySagaInput, ctx: QuerySagaContext): QuerySagaMessage[] {
  switch (input.type) {
    case userQuerySubmittedV1.type:
      return onQuerySubmitted(s, ctx);
    case tokenBudgetReservedV1.type:
      return onBudgetReserved(s);
    case tokenBudgetRejectedV1.type:
      return onBudgetRejected(s, ctx);
    case inputScreenedV1.type:
      return onInputScreened(s, input.data);
    case queryRoutedV1.type:
      return onQueryRouted(s, input.data, ctx);
    case documentsRetrievedV1.type:
      return onDocumentsRetrieved(s, ctx);
    case passagesScreenedV1.type:
      return invokeNextModel(s, ctx);
    case documentRetrievalFailedV1.type:
      return onRetrievalFailed(s, input.data, ctx);
    case modelInvokedV1.type:
      return onModelInvoked(s, ctx);
    case modelInvocationFailedV1.type:
      return onModelFailed(s, input.data, ctx);
    case outputScreenedV1.type:
      return onOutputScreened(s, input.data, ctx);
    case escalationDecidedV1.type:
      return onEscalationDecided(s, input.data, ctx);
    case ticketCreatedV1.type:
      return onTicketCreated(s, input.data, ctx);
    case ticketCreationFailedV1.type:
      return onTicketFailed(s, input.data, ctx);
    case DEADLINE_EXPIRED:
      return onDeadlineExpired(s, input.data.step, ctx);
  }
}
