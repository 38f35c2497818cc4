// Public API of orchestrator. Explicit named exports only.

// The query saga's pure decider (libs/orchestrator/src/lib/domain/query-saga).
export { decide, evolve, initialState, react } from './lib/domain/query-saga/query.saga';
export type { QuerySagaDecision, QuerySagaReaction } from './lib/domain/query-saga/query.saga';
export { isTerminal } from './lib/domain/query-saga/query-saga.state';
export type {
  NewQuerySagaState,
  QueryFacts,
  QuerySagaDeadline,
  QuerySagaState,
  StartedQuerySagaState,
  UsageTotals,
} from './lib/domain/query-saga/query-saga.state';
export { DEFAULT_QUERY_SAGA_CONFIG } from './lib/domain/query-saga/query-saga.config';
export type { QuerySagaConfig, QuerySagaContext } from './lib/domain/query-saga/query-saga.config';
export { DEADLINE_EXPIRED, QUERY_SAGA_INPUT_CONTRACTS, deadlineExpired, sagaInputFromEnvelope } from './lib/domain/query-saga/query-saga.inputs';
export type { DeadlineExpiredInput, QuerySagaInput, QuerySagaInputContract, SagaEventInput } from './lib/domain/query-saga/query-saga.inputs';
export { QUERY_SAGA_OUTPUT_CONTRACTS, isTerminalMessage } from './lib/domain/query-saga/query-saga.messages';
export type { QuerySagaMessage, QuerySagaOutputContract, SagaMessage } from './lib/domain/query-saga/query-saga.messages';
export { WAIT_STEPS } from './lib/domain/query-saga/query-steps';
export type { QueryStep, WaitStep } from './lib/domain/query-saga/query-steps';
export { QUERY_SAGA_ERROR_CODES } from './lib/domain/query-saga/query-saga.errors';
export { cannedReply } from './lib/domain/query-saga/canned-replies';

// The service: persistence, deadlines and the consumer around the decider.
export { orchestratorService } from './lib/orchestrator.service';
