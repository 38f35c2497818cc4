import type { OrderSummary } from '../model-provider.port';

/**
 * The handoff's summary of an order from the tool's JSON text (`{"found": true, ...}`), or
 * undefined for any other result. Reads only what an agent needs to pick the case up.
 */
export function orderSummaryOf(toolText: string): OrderSummary | undefined {
  let view: Record<string, unknown>;
  try {
    view = JSON.parse(toolText) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (view['found'] !== true || typeof view['orderId'] !== 'string' || typeof view['status'] !== 'string') return undefined;
  const text = (key: string, max: number): Partial<Record<string, string>> =>
    typeof view[key] === 'string' ? { [key]: (view[key] as string).slice(0, max) } : {};
  return {
    orderId: view['orderId'].slice(0, 64),
    status: view['status'].slice(0, 40),
    ...text('carrier', 100), ...text('trackingNumber', 100), ...text('estimatedDelivery', 40),
  } as OrderSummary;
}
