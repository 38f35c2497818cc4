import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { screenInputV1, type ScreenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1, type ScreenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { screenPassagesV1, type ScreenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { ScreenInputHandler } from '../../application/screen-input/screen-input.handler';
import { ScreenOutputHandler } from '../../application/screen-output/screen-output.handler';
import { ScreenPassagesHandler } from '../../application/screen-passages/screen-passages.handler';

/** Binds the saga's screening commands to the `guardrails` consumer group (see guardrails.service.ts). */
export const GUARDRAILS_EVENTS = Symbol('guardrails-events');

/** The saga's commands; each method hands over to one use case. */
@Controller()
export class GuardrailsConsumer {
  constructor(
    private readonly screenInput: ScreenInputHandler,
    private readonly screenOutput: ScreenOutputHandler,
    private readonly screenPassages: ScreenPassagesHandler,
  ) {}

  @OnEvent(screenInputV1, GUARDRAILS_EVENTS)
  onScreenInput(@Payload() envelope: Envelope<ScreenInputV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.screenInput.handle(envelope, delivery);
  }

  @OnEvent(screenPassagesV1, GUARDRAILS_EVENTS)
  onScreenPassages(@Payload() envelope: Envelope<ScreenPassagesV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.screenPassages.handle(envelope, delivery);
  }

  @OnEvent(screenOutputV1, GUARDRAILS_EVENTS)
  onScreenOutput(@Payload() envelope: Envelope<ScreenOutputV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.screenOutput.handle(envelope, delivery);
  }
}
