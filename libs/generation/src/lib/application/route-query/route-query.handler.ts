import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import type { RouteQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { routeQuery } from '../../domain/routing/route-query';

/**
 * Classifies a screened question by rules and picks its answer language. No model is named:
 * the orchestrator's chain decides which model answers, so `QueryRouted.model` stays absent.
 */
@Injectable()
export class RouteQueryHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<RouteQueryV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, text, language } = envelope.data;
    const route = routeQuery(text, language);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await this.runtime.publish(manager, [{
        contract: queryRoutedV1,
        context: causedBy(envelope, this.runtime.source),
        data: { queryId, conversationId, complexity: route.complexity, language: route.language, method: route.method },
      }]);
    });
  }
}
