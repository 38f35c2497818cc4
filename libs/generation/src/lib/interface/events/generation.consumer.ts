import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { invokeModelV1, type InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { routeQueryV1, type RouteQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { InvokeModelHandler } from '../../application/invoke-model/invoke-model.handler';
import { RouteQueryHandler } from '../../application/route-query/route-query.handler';

/** Binds this service's handlers to its own consumer group (see generation.service.ts). */
export const GENERATION_EVENTS = Symbol('generation-events');

/** The generation service's commands; each method hands over to one use case. */
@Controller()
export class GenerationConsumer {
  constructor(
    private readonly routeQuery: RouteQueryHandler,
    private readonly invokeModel: InvokeModelHandler,
  ) {}

  @OnEvent(routeQueryV1, GENERATION_EVENTS)
  onRouteQuery(@Payload() envelope: Envelope<RouteQueryV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.routeQuery.handle(envelope, delivery);
  }

  @OnEvent(invokeModelV1, GENERATION_EVENTS)
  onInvokeModel(@Payload() envelope: Envelope<InvokeModelV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.invokeModel.handle(envelope, delivery);
  }
}
