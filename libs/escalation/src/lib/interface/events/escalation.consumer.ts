import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1, type EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { csatSubmittedV1, type CsatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { CreateTicketHandler } from '../../application/create-ticket/create-ticket.handler';
import { EvaluateEscalationHandler } from '../../application/evaluate-escalation/evaluate-escalation.handler';
import { RecordCsatHandler } from '../../application/record-csat/record-csat.handler';

/** Binds this service's handlers to its own consumer group (see escalation.service.ts). */
export const ESCALATION_EVENTS = Symbol('escalation-events');

/** The escalation service's commands and the events it keeps; each method hands over to one use case. */
@Controller()
export class EscalationConsumer {
  constructor(
    private readonly createTicket: CreateTicketHandler,
    private readonly evaluateEscalation: EvaluateEscalationHandler,
    private readonly recordCsat: RecordCsatHandler,
  ) {}

  @OnEvent(evaluateEscalationV1, ESCALATION_EVENTS)
  onEvaluateEscalation(@Payload() envelope: Envelope<EvaluateEscalationV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.evaluateEscalation.handle(envelope, delivery);
  }

  @OnEvent(createTicketV1, ESCALATION_EVENTS)
  onCreateTicket(@Payload() envelope: Envelope<CreateTicketV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.createTicket.handle(envelope, delivery);
  }

  @OnEvent(csatSubmittedV1, ESCALATION_EVENTS)
  onCsatSubmitted(@Payload() envelope: Envelope<CsatSubmittedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.recordCsat.handle(envelope, delivery);
  }
}
