import { Module, type DynamicModule } from '@nestjs/common';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { csatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import { ACCESS_TOKEN_SECRET, AccessTokenGuard, ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ClaimTicketHandler } from './application/claim-ticket/claim-ticket.handler';
import { CreateTicketHandler, EXTERNAL_TICKET_SYSTEMS } from './application/create-ticket/create-ticket.handler';
import { EvaluateEscalationHandler } from './application/evaluate-escalation/evaluate-escalation.handler';
import { ListTicketsHandler } from './application/list-tickets/list-tickets.handler';
import { RecordCsatHandler } from './application/record-csat/record-csat.handler';
import { ReplyToTicketHandler } from './application/reply-to-ticket/reply-to-ticket.handler';
import { ResolveTicketHandler } from './application/resolve-ticket/resolve-ticket.handler';
import type { ExternalTicketSystems } from './domain/ticketing/ticketing.port';
import { ESCALATION_POLICIES, escalationPoliciesFrom, zendeskConnectionFrom } from './escalation.config';
import { EscalationAgentQueue1764200000000 } from './infrastructure/postgres/agent-queue.migration';
import { EscalationTicketExternalIds1764000000000 } from './infrastructure/postgres/ticket-external-ids.migration';
import { EscalationTickets1763800000000 } from './infrastructure/postgres/tickets.migration';
import { ZendeskTicketSystem } from './infrastructure/zendesk/zendesk-ticket-system.adapter';
import { ESCALATION_EVENTS, EscalationConsumer } from './interface/events/escalation.consumer';
import { AgentApiExceptionFilter } from './interface/http/agent-api-exception.filter';
import { AgentTicketsController } from './interface/http/agent-tickets.controller';

@Module({})
export class EscalationModule {}

/**
 * The escalation service: decides handoffs (`EvaluateEscalation`), opens tickets (`CreateTicket`),
 * serves the agent queue over HTTP (claim, reply, resolve) and keeps the customers' ratings.
 */
export const escalationService: ServiceDefinition = {
  name: 'escalation',
  schema: 'escalation',
  migrations: [EscalationTickets1763800000000, EscalationTicketExternalIds1764000000000, EscalationAgentQueue1764200000000],
  consumers: [{ transportId: ESCALATION_EVENTS, groupId: 'escalation', contracts: [evaluateEscalationV1, createTicketV1, csatSubmittedV1] }],
  module: (runtime, env): DynamicModule => ({
    module: EscalationModule,
    controllers: [EscalationConsumer, AgentTicketsController],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: ACCESS_TOKEN_SECRET, useValue: runtime.jwtSecret },
      AccessTokenGuard, AgentApiExceptionFilter,
      { provide: ESCALATION_POLICIES, useValue: escalationPoliciesFrom(env) },
      { provide: EXTERNAL_TICKET_SYSTEMS, useValue: externalTicketSystemsFrom(env) },
      CreateTicketHandler,
      EvaluateEscalationHandler,
      ListTicketsHandler, ClaimTicketHandler, ReplyToTicketHandler, ResolveTicketHandler, RecordCsatHandler,
    ],
  }),
};

/** The external ticket systems with a connection in `env`; without one, their tickets fail over to the internal queue. */
function externalTicketSystemsFrom(env: Readonly<Record<string, string | undefined>>): ExternalTicketSystems {
  const zendesk = zendeskConnectionFrom(env);
  return zendesk === undefined ? {} : { zendesk: new ZendeskTicketSystem(zendesk) };
}
