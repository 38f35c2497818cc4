import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { tokenUsageCommittedV1 } from '@sagewire/contracts/query/token-usage-committed.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';

/** Every command and reply of an answered query up to the decision, in the order the saga (DESIGN.md) meets them. */
export const ANSWERED_QUERY_STEPS = [
  userQuerySubmittedV1,
  reserveTokenBudgetV1,
  tokenBudgetReservedV1,
  screenInputV1,
  inputScreenedV1,
  routeQueryV1,
  queryRoutedV1,
  retrieveDocumentsV1,
  documentsRetrievedV1,
  screenPassagesV1,
  passagesScreenedV1,
  invokeModelV1,
  modelInvokedV1,
  screenOutputV1,
  outputScreenedV1,
  evaluateEscalationV1,
  escalationDecidedV1,
].map((contract) => contract.type);

/**
 * After the decision the saga settles the budget and completes in one step: the two messages
 * leave together (on different topics, so in either order), and the budget's reply follows.
 */
export const COMPLETION_STEPS = [commitTokenUsageV1, queryCompletedV1, tokenUsageCommittedV1].map((contract) => contract.type);

/**
 * The position of each expected type in `actual`, in order (a subsequence match: streamed
 * chunks and per-sentence screening results sit between the steps). Missing ones are -1.
 */
export function stepPositions(actual: readonly string[], expected: readonly string[]): number[] {
  const positions: number[] = [];
  let from = 0;
  for (const type of expected) {
    const at = actual.indexOf(type, from);
    positions.push(at);
    if (at >= 0) from = at + 1;
  }
  return positions;
}
