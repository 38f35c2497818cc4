import type { Contract, DataOf } from '@sagewire/contracts';
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
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';

/** Every contract the query saga emits: commands it waits on, compensations, terminal events. */
export const QUERY_SAGA_OUTPUT_CONTRACTS = [
  reserveTokenBudgetV1,
  screenInputV1,
  routeQueryV1,
  retrieveDocumentsV1,
  screenPassagesV1,
  invokeModelV1,
  screenOutputV1,
  evaluateEscalationV1,
  createTicketV1,
  releaseTokenBudgetV1,
  commitTokenUsageV1,
  answerRetractedV1,
  queryCompletedV1,
  queryFailedV1,
] as const;

/** One of {@link QUERY_SAGA_OUTPUT_CONTRACTS}. */
export type QuerySagaOutputContract = (typeof QUERY_SAGA_OUTPUT_CONTRACTS)[number];

/**
 * A message for the outbox. `type` repeats `contract.type` so the union narrows on it.
 * The wiring turns it into a CloudEvent with `createEnvelope(contract, data, ...)`; every query
 * payload carries `conversationId`, which is the envelope subject and the Kafka key.
 */
export interface SagaMessage<C extends Contract> {
  readonly type: C['type'];
  readonly contract: C;
  readonly data: DataOf<C>;
}

type MessageOf<C> = C extends Contract ? SagaMessage<C> : never;

/** Any message the query saga emits, discriminated by `type`. */
export type QuerySagaMessage = MessageOf<QuerySagaOutputContract>;

/** Pairs a payload with its contract; the type parameter keeps the payload honest at compile time. */
export function sagaMessage<C extends QuerySagaOutputContract>(contract: C, data: DataOf<C>): SagaMessage<C> {
  return { type: contract.type, contract, data };
}

/** True for the two events that end a saga; exactly one of them is ever emitted per query. */
export function isTerminalMessage(message: QuerySagaMessage): boolean {
  return message.type === queryCompletedV1.type || message.type === queryFailedV1.type;
}
