import { Module, type DynamicModule } from '@nestjs/common';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { CreateTicketHandler } from './application/create-ticket/create-ticket.handler';
import { EscalationTickets1763800000000 } from './infrastructure/postgres/tickets.migration';
import { ESCALATION_EVENTS, EscalationConsumer } from './interface/events/escalation.consumer';

@Module({})
export class EscalationModule {}

/** The escalation service: decides handoffs and opens tickets (issue 6 deepens both). */
export const escalationService: ServiceDefinition = {
  name: 'escalation',
  schema: 'escalation',
  migrations: [EscalationTickets1763800000000],
  consumers: [{ transportId: ESCALATION_EVENTS, groupId: 'escalation', contracts: [createTicketV1] }],
  module: (runtime): DynamicModule => ({
    module: EscalationModule,
    controllers: [EscalationConsumer],
    providers: [{ provide: ServiceRuntime, useValue: runtime }, CreateTicketHandler],
  }),
};
