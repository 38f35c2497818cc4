import type { Contract, DataOf, Envelope } from '@sagewire/contracts';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import type { WaitStep } from './query-steps';

/**
 * The events the orchestrator subscribes to for the query saga. `TokenBudgetReleased` and
 * `TokenUsageCommitted` are not among them: releasing and committing are idempotent at the
 * quota and nothing waits on them.
 */
export const QUERY_SAGA_INPUT_CONTRACTS = [
  userQuerySubmittedV1,
  tokenBudgetReservedV1,
  tokenBudgetRejectedV1,
  inputScreenedV1,
  queryRoutedV1,
  documentsRetrievedV1,
  documentRetrievalFailedV1,
  passagesScreenedV1,
  modelInvokedV1,
  modelInvocationFailedV1,
  outputScreenedV1,
  escalationDecidedV1,
  ticketCreatedV1,
  ticketCreationFailedV1,
] as const;

/** One of {@link QUERY_SAGA_INPUT_CONTRACTS}. */
export type QuerySagaInputContract = (typeof QUERY_SAGA_INPUT_CONTRACTS)[number];

/** An event delivered to the saga, with the tenant of its envelope (the saga keeps its first one). */
export interface SagaEventInput<C extends Contract> {
  readonly type: C['type'];
  readonly tenantId: string;
  readonly data: DataOf<C>;
}

/** Type of the timer input: not a contract, it never travels on the bus. */
export const DEADLINE_EXPIRED = 'DeadlineExpired';

/** A timer the saga armed has fired; `step` and `attempt` say which wait it belonged to. */
export interface DeadlineExpiredInput {
  readonly type: typeof DEADLINE_EXPIRED;
  readonly data: { readonly step: WaitStep; readonly attempt: number };
}

type EventInputOf<C> = C extends Contract ? SagaEventInput<C> : never;

/** Everything the query saga reacts to, discriminated by `type`. */
export type QuerySagaInput = EventInputOf<QuerySagaInputContract> | DeadlineExpiredInput;

/** The timer input for a deadline the saga asked for. */
export function deadlineExpired(deadline: { readonly step: WaitStep; readonly attempt: number }): DeadlineExpiredInput {
  return { type: DEADLINE_EXPIRED, data: { step: deadline.step, attempt: deadline.attempt } };
}

const inputContractByType: ReadonlyMap<string, QuerySagaInputContract> = new Map(
  QUERY_SAGA_INPUT_CONTRACTS.map((c): [string, QuerySagaInputContract] => [c.type, c]),
);

/**
 * The saga input carried by a CloudEvent, or undefined when the saga does not consume its type.
 * The payload is parsed with its contract's schema, so a malformed one throws (and the consumer
 * retries, then dead-letters it) instead of reaching the decider.
 */
export function sagaInputFromEnvelope(envelope: Envelope): QuerySagaInput | undefined {
  const contract = inputContractByType.get(envelope.type);
  if (contract === undefined) return undefined;
  // The schema is looked up by the same type the input is tagged with, so type and data agree;
  // TypeScript cannot correlate the two across a union of contracts, hence the assertion.
  return { type: contract.type, tenantId: envelope.tenantid, data: contract.schema.parse(envelope.data) } as QuerySagaInput;
}
