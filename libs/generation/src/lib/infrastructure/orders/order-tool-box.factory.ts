import type { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import { OrderToolBox } from '../../application/answer/order-tool-box';
import { NO_TOOLS, type ToolBox } from '../../application/answer/tool-box';
import type { GenerationConfig } from '../../generation.config';
import { DemoOrderStore, demoOrderCatalogue } from './demo-order-store';
import { HttpOrderApi } from './http-order-api.adapter';

/**
 * The order tool as configured: the company's Order API when GENERATION_ORDER_API_URL is set,
 * else the demo store (embedded mode), or no tool at all when GENERATION_ORDER_TOOL=off.
 */
export function orderToolBox(config: GenerationConfig, runtime: ServiceRuntime, metrics: Metrics): ToolBox {
  if (config.GENERATION_ORDER_TOOL === 'off') return NO_TOOLS;
  const lookups = metrics.counter('sagewire_tool_calls_total', 'Tool calls made by models, by tool and outcome', ['service', 'tool', 'outcome']);
  const orders = config.GENERATION_ORDER_API_URL === undefined
    ? new DemoOrderStore(demoOrderCatalogue())
    : new HttpOrderApi({
      baseUrl: config.GENERATION_ORDER_API_URL,
      timeoutMs: config.GENERATION_ORDER_API_TIMEOUT_MS,
      ...(config.GENERATION_ORDER_API_AUTH_VALUE ? { auth: { header: config.GENERATION_ORDER_API_AUTH_HEADER, value: config.GENERATION_ORDER_API_AUTH_VALUE } } : {}),
    });
  return new OrderToolBox(orders, (tool, outcome, failure) => {
    lookups.inc({ service: runtime.service, tool, outcome });
    if (failure) runtime.logger.warn('order lookup failed', { tool, errorCode: failure.code, error: failure.message });
  });
}
