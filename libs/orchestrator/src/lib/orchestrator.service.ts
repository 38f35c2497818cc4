import { Module, type DynamicModule } from '@nestjs/common';
import { agentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { AdvanceQuerySagaHandler } from './application/advance-query-saga/advance-query-saga.handler';
import { HISTORY_TOKEN_BUDGET, QUERY_SAGA_CONFIG, QuerySagaRunner } from './application/advance-query-saga/query-saga-runner';
import { DEADLINE_POLL_INTERVAL_MS, DeadlinePoller } from './application/expire-deadlines/deadline-poller';
import { RecordAgentReplyHandler } from './application/record-agent-reply/record-agent-reply.handler';
import { QUERY_SAGA_INPUT_CONTRACTS } from './domain/query-saga/query-saga.inputs';
import { OrchestratorConversationTurns1763800000001 } from './infrastructure/postgres/conversation-turns.migration';
import { OrchestratorQuerySagas1763800000000 } from './infrastructure/postgres/query-sagas.migration';
import { ORCHESTRATOR_EVENTS, OrchestratorConsumer } from './interface/events/orchestrator.consumer';
import { ORCHESTRATOR_SUPPORT_EVENTS, SupportConsumer } from './interface/events/support.consumer';
import { orchestratorConfig } from './orchestrator.config';

@Module({})
export class OrchestratorModule {}

/** The saga coordinator: owns each query's state, deadlines, retries and compensations. */
export const orchestratorService: ServiceDefinition = {
  name: 'orchestrator',
  schema: 'orchestrator',
  migrations: [OrchestratorQuerySagas1763800000000, OrchestratorConversationTurns1763800000001],
  consumers: [
    { transportId: ORCHESTRATOR_EVENTS, groupId: 'orchestrator', contracts: QUERY_SAGA_INPUT_CONTRACTS },
    // Agents' replies become history turns; a group of its own, so the saga's is untouched.
    { transportId: ORCHESTRATOR_SUPPORT_EVENTS, groupId: 'orchestrator-support', contracts: [agentRepliedV1] },
  ],
  module: (runtime, env): DynamicModule => {
    const config = orchestratorConfig(env);
    return {
      module: OrchestratorModule,
      controllers: [OrchestratorConsumer, SupportConsumer],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: QUERY_SAGA_CONFIG, useValue: config.saga },
        { provide: DEADLINE_POLL_INTERVAL_MS, useValue: config.deadlinePollMs },
        { provide: HISTORY_TOKEN_BUDGET, useValue: config.historyTokenBudget },
        QuerySagaRunner,
        AdvanceQuerySagaHandler,
        DeadlinePoller,
        RecordAgentReplyHandler,
      ],
    };
  },
};
