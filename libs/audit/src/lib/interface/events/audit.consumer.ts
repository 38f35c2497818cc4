import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ALL_CONTRACTS, type Envelope } from '@sagewire/contracts';
import type { DeliveryContext } from '@sagewire/messaging';
import { RecordEventHandler } from '../../application/record-event/record-event.handler';

/** Binds the audit handlers to the audit consumer group (see audit.service.ts). */
export const AUDIT_EVENTS = Symbol('audit-events');

/** Every registered contract's topic: the audit log records everything that happens. */
const AUDITED_TOPICS: readonly string[] = ALL_CONTRACTS.map((contract) => contract.topic);

/**
 * One handler for all topics. `@OnEvent(contract, id)` is `@EventPattern(contract.topic, id)`,
 * and Nest's EventPattern takes an array of patterns: it registers the method once per pattern
 * on the transport with the same id, and SagewireEventTransport maps each registered topic back
 * to its contract (it is in the consumer spec's contracts) and validates each message against
 * it. So a contract added to ALL_CONTRACTS is audited with no change here, and there is no
 * generated method per contract to keep in step.
 */
@Controller()
export class AuditConsumer {
  constructor(private readonly recordEvent: RecordEventHandler) {}

  @EventPattern([...AUDITED_TOPICS], AUDIT_EVENTS)
  onAnyEvent(@Payload() envelope: Envelope, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.recordEvent.handle(envelope, delivery);
  }
}
