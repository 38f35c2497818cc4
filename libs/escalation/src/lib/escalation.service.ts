import { Module, type DynamicModule } from '@nestjs/common';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { CreateTicketHandler } from './application/create-ticket/create-ticket.handler';
import { EvaluateEscalationHandler } from './application/evaluate-escalation/evaluate-escalation.handler';
import { ESCALATION_POLICY, escalationPolicyFrom } from './escalation.config';
import { EscalationTickets1763800000000 } from './infrastructure/postgres/tickets.migration';
import { ESCALATION_EVENTS, EscalationConsumer } from './interface/events/escalation.consumer';

@Module({})
export class EscalationModule {}

/** The escalation service: decides handoffs (`EvaluateEscalation`) and opens tickets (`CreateTicket`). */
export const escalationService: ServiceDefinition = {
  name: 'escalation',
  schema: 'escalation',
  migrations: [EscalationTickets1763800000000],
  consumers: [{ transportId: ESCALATION_EVENTS, groupId: 'escalation', contracts: [evaluateEscalationV1, createTicketV1] }],
  module: (runtime, env): DynamicModule => ({
    module: EscalationModule,
    controllers: [EscalationConsumer],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: ESCALATION_POLICY, useValue: escalationPolicyFrom(env) },
      CreateTicketHandler,
      EvaluateEscalationHandler,
    ],
  }),
};
