import { Module, type DynamicModule } from '@nestjs/common';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { CreateTicketHandler, EXTERNAL_TICKET_SYSTEMS } from './application/create-ticket/create-ticket.handler';
import { EvaluateEscalationHandler } from './application/evaluate-escalation/evaluate-escalation.handler';
import type { ExternalTicketSystems } from './domain/ticketing/ticketing.port';
import { ESCALATION_POLICY, escalationPolicyFrom, zendeskConnectionFrom } from './escalation.config';
import { EscalationTicketExternalIds1764000000000 } from './infrastructure/postgres/ticket-external-ids.migration';
import { EscalationTickets1763800000000 } from './infrastructure/postgres/tickets.migration';
import { ZendeskTicketSystem } from './infrastructure/zendesk/zendesk-ticket-system.adapter';
import { ESCALATION_EVENTS, EscalationConsumer } from './interface/events/escalation.consumer';

@Module({})
export class EscalationModule {}

/** The escalation service: decides handoffs (`EvaluateEscalation`) and opens tickets (`CreateTicket`). */
export const escalationService: ServiceDefinition = {
  name: 'escalation',
  schema: 'escalation',
  migrations: [EscalationTickets1763800000000, EscalationTicketExternalIds1764000000000],
  consumers: [{ transportId: ESCALATION_EVENTS, groupId: 'escalation', contracts: [evaluateEscalationV1, createTicketV1] }],
  module: (runtime, env): DynamicModule => ({
    module: EscalationModule,
    controllers: [EscalationConsumer],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: ESCALATION_POLICY, useValue: escalationPolicyFrom(env) },
      { provide: EXTERNAL_TICKET_SYSTEMS, useValue: externalTicketSystemsFrom(env) },
      CreateTicketHandler,
      EvaluateEscalationHandler,
    ],
  }),
};

/** The external ticket systems with a connection in `env`; without one, their tickets fail over to the internal queue. */
function externalTicketSystemsFrom(env: Readonly<Record<string, string | undefined>>): ExternalTicketSystems {
  const zendesk = zendeskConnectionFrom(env);
  return zendesk === undefined ? {} : { zendesk: new ZendeskTicketSystem(zendesk) };
}
