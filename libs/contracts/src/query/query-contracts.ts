import { userQuerySubmittedV1 } from './user-query-submitted.v1';
import { reserveTokenBudgetV1 } from './reserve-token-budget.v1';
import { tokenBudgetReservedV1 } from './token-budget-reserved.v1';
import { tokenBudgetRejectedV1 } from './token-budget-rejected.v1';
import { screenInputV1 } from './screen-input.v1';
import { inputScreenedV1 } from './input-screened.v1';
import { routeQueryV1 } from './route-query.v1';
import { queryRoutedV1 } from './query-routed.v1';
import { retrieveDocumentsV1 } from './retrieve-documents.v1';
import { documentsRetrievedV1 } from './documents-retrieved.v1';
import { documentRetrievalFailedV1 } from './document-retrieval-failed.v1';
import { screenPassagesV1 } from './screen-passages.v1';
import { passagesScreenedV1 } from './passages-screened.v1';
import { invokeModelV1 } from './invoke-model.v1';
import { answerChunkGeneratedV1 } from './answer-chunk-generated.v1';
import { modelInvokedV1 } from './model-invoked.v1';
import { modelInvocationFailedV1 } from './model-invocation-failed.v1';
import { screenOutputV1 } from './screen-output.v1';
import { outputScreenedV1 } from './output-screened.v1';
import { answerRetractedV1 } from './answer-retracted.v1';
import { evaluateEscalationV1 } from './evaluate-escalation.v1';
import { escalationDecidedV1 } from './escalation-decided.v1';
import { createTicketV1 } from './create-ticket.v1';
import { ticketCreatedV1 } from './ticket-created.v1';
import { ticketCreationFailedV1 } from './ticket-creation-failed.v1';
import { releaseTokenBudgetV1 } from './release-token-budget.v1';
import { tokenBudgetReleasedV1 } from './token-budget-released.v1';
import { commitTokenUsageV1 } from './commit-token-usage.v1';
import { tokenUsageCommittedV1 } from './token-usage-committed.v1';
import { queryCompletedV1 } from './query-completed.v1';
import { queryFailedV1 } from './query-failed.v1';
import { guardrailsAppliedV1 } from './guardrails-applied.v1';
import { responseCachedV1 } from './response-cached.v1';

/** Every contract of the query saga, in the order the saga meets them, then the analytics events. */
export const QUERY_CONTRACTS = [
  userQuerySubmittedV1,
  reserveTokenBudgetV1,
  tokenBudgetReservedV1,
  tokenBudgetRejectedV1,
  screenInputV1,
  inputScreenedV1,
  routeQueryV1,
  queryRoutedV1,
  retrieveDocumentsV1,
  documentsRetrievedV1,
  documentRetrievalFailedV1,
  screenPassagesV1,
  passagesScreenedV1,
  invokeModelV1,
  answerChunkGeneratedV1,
  modelInvokedV1,
  modelInvocationFailedV1,
  screenOutputV1,
  outputScreenedV1,
  answerRetractedV1,
  evaluateEscalationV1,
  escalationDecidedV1,
  createTicketV1,
  ticketCreatedV1,
  ticketCreationFailedV1,
  releaseTokenBudgetV1,
  tokenBudgetReleasedV1,
  commitTokenUsageV1,
  tokenUsageCommittedV1,
  queryCompletedV1,
  queryFailedV1,
  guardrailsAppliedV1,
  responseCachedV1,
] as const;
